namespace Intake.Channels.Web.Api.Customers;

/// <summary>
/// The shape of one record of POST /api/v1/customers, for the OpenAPI document (records are read by
/// <see cref="CustomerJsonRecord"/>, so an unknown or mistyped property is an error naming the record).
/// </summary>
/// <param name="NoticePeriod">ISO-8601 (P1M) or words ("1 maand", "3 Monate"); default P1M.</param>
/// <param name="Renewal">fixed, tacit (default), monthly or none.</param>
/// <param name="TimeZone">IANA, default Europe/Amsterdam.</param>
internal sealed record CustomerRecordJson(
    string AccountNumber,
    string Name,
    string? Email,
    string? Phone,
    string? XUserId,
    string ContractId,
    string Product,
    string StartDate,
    string? MinimumTermEnd,
    string? NoticePeriod,
    string? Renewal,
    string? TimeZone,
    string? ConcludedOn,
    string? Postcode,
    string? HouseNumber);
