namespace Intake.Core.Console;

/// <summary>An audit event a staff action appends: a type and data made of ids, codes and times, never personal data.</summary>
public sealed record StaffEvent(string Type, IReadOnlyDictionary<string, object?> Data);
