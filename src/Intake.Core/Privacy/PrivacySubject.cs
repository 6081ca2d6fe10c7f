using Intake.Core.Identity;

namespace Intake.Core.Privacy;

/// <summary>Whose personal data a request is about: a customer by account number, or an address (email, phone, X user id).</summary>
public sealed record PrivacySubject
{
    private PrivacySubject(string? accountNumber, string? address)
    {
        AccountNumber = accountNumber;
        Address = address;
    }

    public string? AccountNumber { get; }

    /// <summary>Normalised like the pipeline stores senders (lower-case email, E.164 phone).</summary>
    public string? Address { get; }

    /// <summary>Exactly one of the two must be given; otherwise null and the reason.</summary>
    public static PrivacySubject? Create(string? accountNumber, string? address, out string? error)
    {
        var hasAccount = !string.IsNullOrWhiteSpace(accountNumber);
        var hasAddress = !string.IsNullOrWhiteSpace(address);
        error = (hasAccount, hasAddress) switch
        {
            (true, true) => "Give an account number or an address, not both.",
            (false, false) => "Give an account number or an address (email, phone number or X user id).",
            _ => null,
        };
        if (error is not null) return null;
        return hasAccount ? new PrivacySubject(accountNumber!.Trim(), null) : new PrivacySubject(null, SenderAddress.Normalise(address!));
    }
}
