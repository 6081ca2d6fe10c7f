namespace Intake.Storage.Postgres.Customers;

/// <summary>A validated, normalised line of the customer directory: one contract and the customer it belongs to.</summary>
/// <param name="AccountNumber">Trimmed and upper-cased, the customer's key.</param>
/// <param name="Email">Lower-cased, or null.</param>
/// <param name="Phone">E.164, or null.</param>
/// <param name="NoticePeriod">ISO-8601, whatever notation the file used.</param>
/// <param name="Postcode">"1234AB" or "12345", or null; given together with <paramref name="HouseNumber"/> ("12a", "12-2").</param>
internal sealed record CustomerRow(
    int Line,
    string AccountNumber,
    string Name,
    string? Email,
    string? Phone,
    string? XUserId,
    string ContractId,
    string Product,
    DateOnly StartDate,
    DateOnly? MinimumTermEnd,
    string NoticePeriod,
    string Renewal,
    string TimeZone,
    DateOnly? ConcludedOn,
    string? Postcode = null,
    string? HouseNumber = null);
