namespace Intake.Channels.Web.Form;

/// <summary>The names of the cancellation form's fields, as posted and as kept in the raw payload.</summary>
internal static class CancelFormFields
{
    public const string Submission = "submission";
    public const string Language = "lang";
    public const string Name = "name";
    public const string AccountNumber = "account";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string ContractNumber = "contract";
    public const string Product = "product";
    public const string ContractDetails = "contract_details";
    public const string Kind = "kind";
    public const string Reason = "reason";
    public const string ReasonText = "reason_text";
    public const string RequestedDate = "date";
    /// <summary>Which page posted: the cancellation form or the withdrawal function (kept in the raw payload for replay).</summary>
    public const string Function = "function";
    public const string CancelFunction = "cancel";
    public const string WithdrawalFunction = "withdrawal";

    /// <summary>The longest value a field takes; free text fields allow a short paragraph.</summary>
    public static int MaxLength(string field) => field switch
    {
        ContractDetails or ReasonText => 1000,
        Email => 254,
        AccountNumber or Phone or ContractNumber => 50,
        _ => 200,
    };
}
