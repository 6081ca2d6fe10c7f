using System.Globalization;

namespace Intake.Core.Customers;

/// <summary>Why a record cannot be imported; the reasons name fields, never personal data.</summary>
/// <param name="Line">Where the record sits in its source: a line of a file, or an index in a JSON array.</param>
/// <param name="Position">What <paramref name="Line"/> counts: "line" or "index".</param>
public sealed record RowError(int Line, IReadOnlyList<FieldProblem> Problems, string Position = "line")
{
    /// <summary>A problem with the record as a whole (its shape, its header, its encoding).</summary>
    public RowError(int line, string reason, string position = "line") : this(line, [new FieldProblem(null, reason)], position)
    {
    }

    public string Reason => string.Join("; ", Problems.Select(problem => problem.Reason));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Position} {Line}: {Reason}");
}
