namespace Intake.Webcare.Paging;

/// <summary>The previous/next links under a console list (null where there is no such page) and the rows shown.</summary>
public sealed record Pager(int First, int Last, int? Total, string? Previous, string? Next);
