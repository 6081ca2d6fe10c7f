using Intake.Channels.Web.Form;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Cases;
using Intake.Core.Model;

namespace Intake.Channels.Web.Declaration;

/// <summary>What a case's declaration says, in the page's language: the same facts the confirmation carries (§ 312k Abs. 4 BGB).</summary>
internal static class DeclarationContent
{
    public static DeclarationDocument For(WebText text, CaseView @case)
    {
        var lines = new List<DeclarationLine>
        {
            new(text.Reference, @case.Reference),
            new(text.SentAndReceivedAt, AmsterdamTime.Format(@case.ReceivedAt)),
            new(@case.Kind == CancellationKinds.Withdrawal ? text.WhatIsWithdrawn : text.WhatIsCancelled, @case.Product ?? text.YourContract),
        };
        if (@case.Kind is { } kind && text.Kinds.TryGetValue(kind, out var kindLabel)) lines.Add(new(text.KindLegend, kindLabel));
        if (@case.Kind == CancellationKinds.Extraordinary && @case.Reason is { } reason)
            lines.Add(new(text.Reason, text.Reasons.GetValueOrDefault(reason, reason)));
        lines.Add(new(text.RequestedDate, @case.RequestedDate is { } requested ? requested.ToString(text.DateFormat, text.Culture) : text.EarliestPossible));
        lines.Add(new(text.EffectiveDate, EndDate(text, @case)));
        var declared = @case.Messages.FirstOrDefault(m => m.Id == @case.FirstDeclarationMessageId)?.Text;
        return new DeclarationDocument(text.Language, text.DeclarationTitle, lines, text.DeclarationText, declared,
            IsWithdrawalInReview(@case) ? [text.WithdrawalReview] : []);
    }

    /// <summary>A withdrawal that staff must look at (after the 14 days, or not yet checkable): it is recorded, never refused.</summary>
    public static bool IsWithdrawalInReview(CaseView @case) =>
        @case.Kind == CancellationKinds.Withdrawal && @case.Status == CaseStatuses.NeedsReview;

    private static string EndDate(WebText text, CaseView @case) =>
        @case.EffectiveDate is { } date ? date.ToString(text.DateFormat, text.Culture)
        : IsWithdrawalInReview(@case) ? text.EndUnderReview
        : text.EarliestPossible;
}
