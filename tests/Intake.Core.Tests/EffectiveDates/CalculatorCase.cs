using System.Globalization;
using Intake.Core.EffectiveDates;

namespace Intake.Core.Tests.EffectiveDates;

/// <summary>Turns one table row of strings into a call to <see cref="EffectiveDateCalculator"/>.</summary>
internal static class CalculatorCase
{
    public static EffectiveDate Run(
        string start, string? minimumTermEnd, string notice, string renewal, string zone,
        string receivedAt, string kind, string? requested, bool immediate)
    {
        var terms = new ContractTerms(Date(start), minimumTermEnd is null ? null : Date(minimumTermEnd), notice, renewal, zone);
        var received = DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new EffectiveDateCalculator().Calculate(terms, received, kind, requested is null ? null : Date(requested), immediate);
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
