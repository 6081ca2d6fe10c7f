using Intake.Core.Model;
using NodaTime;

namespace Intake.Core.EffectiveDates;

/// <summary>Decides when a cancellation takes effect, from the contract terms, the receipt time and what the customer asked.</summary>
public sealed class EffectiveDateCalculator
{
    public const string Withdrawal = "withdrawal-14d";
    public const string WithdrawalExpired = "withdrawal-expired";
    public const string Extraordinary = "extraordinary";
    public const string NotBeforeStart = "not-before-start";
    public const string RequestedDate = "requested-date";
    public const string RequestedDateTooEarly = "requested-date-too-early";
    public const string EarliestPossible = "earliest-possible";

    /// <summary>
    /// The effective date. Dates are calendar dates in the contract's time zone (unknown zones: Europe/Amsterdam).
    /// <see cref="EffectiveDate.Rule"/> is a '+'-joined trail: the legal rule first, then notes such as
    /// "withdrawal-expired", "requested-date" or "earliest-possible". <paramref name="immediate"/> wins over
    /// <paramref name="requestedDate"/>: "per direct" means the earliest date the law allows.
    /// </summary>
    public EffectiveDate Calculate(
        ContractTerms terms, DateTimeOffset receivedAt, string kind, DateOnly? requestedDate, bool immediate = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(kind);

        var zone = ContractTimeZone.Resolve(terms.TimeZone);
        var jurisdiction = Jurisdiction.ForTimeZone(zone.Id);
        var receipt = Instant.FromDateTimeOffset(receivedAt).InZone(zone).Date;
        var start = LocalDate.FromDateOnly(terms.StartDate);

        var trail = new List<string>(3);
        var earliest = EarliestByKind(terms, jurisdiction, receipt, start, kind, trail);

        // Never before the start date (e.g. a withdrawal before the service began); never before the
        // receipt date, which every rule above already guarantees because notice periods are not negative.
        if (earliest < start)
        {
            earliest = start;
            trail.Add(NotBeforeStart);
        }

        var effective = earliest;
        if (immediate)
        {
            trail.Add(EarliestPossible);
        }
        else if (requestedDate is { } requested)
        {
            var wish = LocalDate.FromDateOnly(requested);
            var honoured = wish >= earliest;
            effective = honoured ? wish : earliest;
            trail.Add(honoured ? RequestedDate : RequestedDateTooEarly);
        }

        return new EffectiveDate(effective.ToDateOnly(), string.Join('+', trail));
    }

    /// <summary>
    /// True when a withdrawal received at <paramref name="receivedAt"/> came after the statutory period (counted in the
    /// contract's zone from <see cref="ContractTerms.WithdrawalFrom"/>). Such a withdrawal is still taken in; staff decide.
    /// </summary>
    public static bool IsWithdrawalLate(ContractTerms terms, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var zone = ContractTimeZone.Resolve(terms.TimeZone);
        var receipt = Instant.FromDateTimeOffset(receivedAt).InZone(zone).Date;
        return receipt > WithdrawalDeadline(terms, Jurisdiction.ForTimeZone(zone.Id));
    }

    private static LocalDate WithdrawalDeadline(ContractTerms terms, Jurisdiction jurisdiction) =>
        LocalDate.FromDateOnly(terms.WithdrawalFrom).Plus(jurisdiction.WithdrawalPeriod);

    private static LocalDate EarliestByKind(
        ContractTerms terms, Jurisdiction jurisdiction, LocalDate receipt, LocalDate start, string kind, List<string> trail)
    {
        switch (kind)
        {
            // Withdrawal without giving reasons within 14 days (art. 6:230o BW; §355 Abs. 2 BGB): takes effect
            // on receipt. Counted from the conclusion date, the day itself not included, so day 14 still counts.
            case CancellationKinds.Withdrawal when receipt <= WithdrawalDeadline(terms, jurisdiction):
                trail.Add(Withdrawal);
                return receipt;

            // Too late to withdraw: the customer still wants out, so it is an ordinary notice.
            case CancellationKinds.Withdrawal:
                var ordinary = OrdinaryNoticeRule.Earliest(terms, jurisdiction, receipt);
                trail.Add(ordinary.Rule);
                trail.Add(WithdrawalExpired);
                return ordinary.Date;

            // Termination for cause (art. 6:265 BW; §314 BGB), e.g. after a unilateral price rise: no notice
            // and no minimum term.
            case CancellationKinds.Extraordinary:
                trail.Add(Extraordinary);
                return receipt;

            case CancellationKinds.Ordinary:
                var (date, rule) = OrdinaryNoticeRule.Earliest(terms, jurisdiction, receipt);
                trail.Add(rule);
                return date;

            default:
                throw new ArgumentException(
                    $"Unknown cancellation kind '{kind}'; expected one of: {string.Join(", ", CancellationKinds.All)}.",
                    nameof(kind));
        }
    }
}
