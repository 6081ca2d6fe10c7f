namespace Intake.Core.Customers;

/// <summary>One thing wrong with a record: the field it is about (null for the record as a whole) and a reason naming it.</summary>
public sealed record FieldProblem(string? Field, string Reason);
