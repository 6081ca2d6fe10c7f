namespace Intake.Core.Identity;

/// <summary>The one list of what an identity link ties to a customer; the customer import links every kind of <see cref="All"/>.</summary>
public static class IdentityKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    /// <summary>An X user id: digits only.</summary>
    public const string X = "x";
    public const string Account = "account";
    /// <summary>Postcode and house number ("1234AB 12a"): a match by it is never verified, anyone can write an address.</summary>
    public const string Postal = "postal";

    /// <summary>
    /// A sender address no kind fits (a withheld caller, an address an integrator made up): never looked up, never
    /// linked, never stored as a kind.
    /// </summary>
    public const string Unknown = "unknown";

    /// <summary>Every kind a customer can be known by (not <see cref="Unknown"/>).</summary>
    public static IReadOnlyList<string> All { get; } = [Account, Email, Phone, X, Postal];

    /// <summary>
    /// Whether a sender address of this kind ties a message to the customer it is linked to: not a letter's address (anyone
    /// can write one on an envelope; it is looked up with the other typed details) and not <see cref="Unknown"/>.
    /// </summary>
    public static bool LinksSender(string kind) => kind is not (Postal or Unknown);

    /// <summary>True for a kind of <see cref="All"/>.</summary>
    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
