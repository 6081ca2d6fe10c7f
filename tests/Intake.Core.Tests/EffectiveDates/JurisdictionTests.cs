using Intake.Core.EffectiveDates;
using Xunit;

namespace Intake.Core.Tests.EffectiveDates;

public class JurisdictionTests
{
    [Theory]
    [InlineData("Europe/Amsterdam", "NL")]
    [InlineData("Europe/Berlin", "DE")]
    [InlineData("Europe/Busingen", "DE")]
    [InlineData("Europe/Brussels", "NL")]
    [InlineData("America/New_York", "NL")]
    [InlineData("Not/A_Zone", "NL")]
    [InlineData(null, "NL")]
    public void Zone_decides_the_jurisdiction_and_the_netherlands_is_the_default(string? zone, string expected)
    {
        Assert.Equal(expected, Jurisdiction.ForTimeZone(zone).Code);
    }

    [Fact]
    public void Unknown_zone_ids_resolve_to_amsterdam()
    {
        Assert.Equal("Europe/Amsterdam", ContractTimeZone.Resolve("Mars/Olympus_Mons").Id);
        Assert.Equal("Europe/Berlin", ContractTimeZone.Resolve("Europe/Berlin").Id);
    }
}
