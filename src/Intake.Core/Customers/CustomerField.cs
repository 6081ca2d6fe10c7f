namespace Intake.Core.Customers;

/// <summary>The fields of a customer directory record, in the documented order (the CSV columns, the API's properties).</summary>
public enum CustomerField
{
    AccountNumber,
    Name,
    Email,
    Phone,
    XUserId,
    ContractId,
    Product,
    StartDate,
    MinimumTermEnd,
    NoticePeriod,
    Renewal,
    TimeZone,
    /// <summary>Optional: the day the contract was concluded (the withdrawal period runs from it).</summary>
    ConcludedOn,
    /// <summary>Optional: the postcode of the customer's address (Dutch or German).</summary>
    Postcode,
    /// <summary>Optional: the house number with its addition; given with the postcode.</summary>
    HouseNumber,
}
