namespace Intake.Webcare.Paging;

/// <summary>Which page of a console list to show (offset paging); one row more than a page is read to know whether another follows.</summary>
public sealed record ListPaging
{
    public const int DefaultSize = 50;
    /// <summary>Far beyond any list staff page through, and the offset stays an int.</summary>
    public const int MaxNumber = 100_000;

    private ListPaging(int number, int size) => (Number, Size) = (number, size);

    /// <summary>1-based.</summary>
    public int Number { get; }
    public int Size { get; }
    public int Offset => (Number - 1) * Size;
    /// <summary>How many rows to read: a page and one.</summary>
    public int Fetch => Size + 1;

    /// <summary>Page <paramref name="number"/> as asked for in the query string, kept between 1 and <see cref="MaxNumber"/>.</summary>
    public static ListPaging Of(int number, int size = DefaultSize) => new(Math.Clamp(number, 1, MaxNumber), size);
}
