namespace Intake.Webcare.Paging;

/// <summary>One page of a console list: its rows, whether pages come before and after, and the total when the list knows it.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, ListPaging Paging, bool HasMore, int? Total = null)
{
    public static ListPage<T> Empty { get; } = new([], ListPaging.Of(1), false);

    /// <summary>The page from rows read with <see cref="ListPaging.Fetch"/>: the extra row only says that more follow.</summary>
    public static ListPage<T> From(IReadOnlyList<T> fetched, ListPaging paging, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(paging);
        return new([.. fetched.Take(paging.Size)], paging, fetched.Count > paging.Size, total);
    }

    public bool HasPrevious => Paging.Number > 1;

    /// <summary>What the pager shows: the numbers of the first and last row, and links to the pages around.</summary>
    public Pager Pager(Func<int, string> link) =>
        new(Paging.Offset + 1, Paging.Offset + Rows.Count, Total, HasPrevious ? link(Paging.Number - 1) : null, HasMore ? link(Paging.Number + 1) : null);
}
