using Intake.Core.Console;
using Intake.Core.Pipeline;

namespace Intake.Core.Templates;

/// <summary>
/// The one place a reply's model is made from a case, with the link to its "why are you leaving" page: the pipeline's
/// confirmations, the console's replies, the fallback email, the completion message and the X public reply all use it.
/// </summary>
public static class ReplyComposer
{
    /// <summary>The link to a case's why page, under the public base URL.</summary>
    public static string WhyUrl(string publicBaseUrl, string whyToken) => $"{publicBaseUrl.TrimEnd('/')}/why/{whyToken}";

    /// <summary>
    /// The model for <paramref name="case"/>, greeting <paramref name="displayName"/>; with the why link when the case has a
    /// token and <paramref name="publicBaseUrl"/> is given.
    /// </summary>
    public static ReplyModel For(ReplyCase @case, string? displayName = null, string? publicBaseUrl = null) => new(
        @case.Reference, @case.Product, @case.ReceivedAt, @case.EffectiveDate, @case.Kind,
        @case.WhyToken is { } token && publicBaseUrl is not null ? WhyUrl(publicBaseUrl, token) : null,
        displayName, @case.RequestedDate, @case.Reason, @case.Status);

    /// <summary>A case in the intake transaction; the product is the identified contract's.</summary>
    public static ReplyModel For(CaseRecord @case, string? product, string? displayName, string publicBaseUrl) => For(
        new ReplyCase(@case.Reference, product, @case.ReceivedAt, @case.EffectiveDate, @case.Kind, @case.WhyToken, @case.RequestedDate, @case.Reason, @case.Status),
        displayName, publicBaseUrl);

    /// <summary>A case a staff decision holds locked.</summary>
    public static ReplyModel For(LockedCase @case, string? displayName, string publicBaseUrl) => For(@case, @case.Product, displayName, publicBaseUrl);

    /// <summary>Only the reference: for a public post, where nothing else of the case may appear.</summary>
    public static ReplyModel ReferenceOnly(string reference) => For(new ReplyCase(reference, null, default, null, null, null));
}
