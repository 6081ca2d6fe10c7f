using NodaTime;

namespace Intake.Core.EffectiveDates;

/// <summary>The earliest end of a contract under ordinary notice: minimum term, then the notice period, capped by consumer law.</summary>
internal static class OrdinaryNoticeRule
{
    public const string MinimumTerm = "minimum-term";
    public const string TacitRenewal = "tacit-renewal-max-1-month";
    public const string Indefinite = "indefinite-max-1-month";
    public const string NoticePeriod = "notice-period";

    public static (LocalDate Date, string Rule) Earliest(
        ContractTerms terms, Jurisdiction jurisdiction, LocalDate receipt)
    {
        var renewal = NormalizeRenewal(terms.Renewal);
        var notice = NoticePeriodParser.Parse(terms.NoticePeriod);

        // No end-of-month or billing-period rounding: a Dutch or German consumer contract ends when the
        // notice runs out, and a longer contractual rounding would only lengthen the capped notice.
        var byNotice = CapNotice(receipt, receipt.Plus(notice), jurisdiction);

        if (terms.MinimumTermEnd is { } minimumTermEnd && receipt < LocalDate.FromDateOnly(minimumTermEnd))
        {
            var termEnd = LocalDate.FromDateOnly(minimumTermEnd);

            // A fixed contract ends at its term end by itself, so notice can neither shorten nor lengthen it.
            // Otherwise the minimum term holds when the notice runs out inside it.
            if (renewal == RenewalKinds.Fixed || byNotice <= termEnd)
            {
                return (termEnd, MinimumTerm);
            }

            // The notice runs past the term end: the contract renews (tacit) or simply continues, and the
            // declaration already received counts as notice in that period, where the cap applies
            // (art. 6:236 onder j BW; §309 Nr. 9 BGB).
        }

        return (byNotice, RegimeRule(renewal, jurisdiction));
    }

    // Once a consumer contract runs indefinitely (after tacit renewal, or from the start), the consumer
    // owes at most the jurisdiction's cap: one month in NL (art. 6:236 onder j BW) and DE (§309 Nr. 9 BGB).
    // Periods like P30D and P1M are not comparable as such, so the resulting dates are compared.
    private static LocalDate CapNotice(LocalDate receipt, LocalDate byNotice, Jurisdiction jurisdiction) =>
        jurisdiction.ConsumerNoticeCap is { } cap ? LocalDate.Min(byNotice, receipt.Plus(cap)) : byNotice;

    private static string RegimeRule(string renewal, Jurisdiction jurisdiction) =>
        jurisdiction.ConsumerNoticeCap is null ? NoticePeriod
        : renewal == RenewalKinds.Tacit ? TacitRenewal
        : Indefinite;

    private static string NormalizeRenewal(string renewal)
    {
        ArgumentNullException.ThrowIfNull(renewal);
        var normalized = renewal.Trim().ToLowerInvariant();
        return RenewalKinds.All.Contains(normalized, StringComparer.Ordinal)
            ? normalized
            : throw new ArgumentException(
                $"Unknown renewal '{renewal}'; expected one of: {string.Join(", ", RenewalKinds.All)}.",
                nameof(renewal));
    }
}
