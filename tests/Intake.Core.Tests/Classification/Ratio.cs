using System.Globalization;

namespace Intake.Core.Tests.Classification;

/// <summary>A count out of a population, printed as "n/m = p%"; an empty population counts as fully right.</summary>
public readonly record struct Ratio(int Part, int Whole)
{
    public double Share => Whole == 0 ? 1.0 : (double)Part / Whole;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Part}/{Whole} = {Share:P1}");
}
