namespace Intake.Webcare.Paging;

/// <summary>Which page of a console list to show (offset paging); one row more than a page is read to know whether another follows.</summary>
public sealed record ListPaging
{
    public const int DefaultSize = 50;

    private ListPaging(int number, int size) => (Number, Size) = (number, size);

    /// <summary>1-based.</summary>
    public int Number { get; }
    public int Size { get; }
    public int Offset => (Number - 1) * Size;
    /// <summary>How many rows to read: a page and one.</summary>
    public int Fetch => Size + 1;

    /// <summary>Page <paramref name="number"/> as asked for in the query string; anything below 1 is the first page.</summary>
    public static ListPaging Of(int number, int size = DefaultSize) => new(Math.Max(1, number), size);
}
