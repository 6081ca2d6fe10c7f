using Intake.Core.Identity;

namespace Intake.Core.Tests.Identity;

public sealed class PostalAddressTests
{
    [Theory]
    [InlineData("1234 AB", "1234AB")]
    [InlineData(" 1234ab ", "1234AB")]
    [InlineData("10115", "10115")]
    [InlineData("0123 AB", null)]
    [InlineData("1234 A", null)]
    [InlineData("123456", null)]
    [InlineData("", null)]
    public void Directory_postcodes_are_Dutch_or_German_and_written_without_a_space(string value, string? expected) =>
        Assert.Equal(expected, PostalCodes.NormalisePostcode(value));

    [Theory]
    [InlineData("BE", "1000", "1000")]
    [InlineData("DE", "1234 AB", null)]
    [InlineData("NL", "10115", null)]
    [InlineData("GB", "sw1a 1aa", "SW1A1AA")]
    public void A_letter_postcode_is_read_the_way_its_country_writes_it(string country, string value, string? expected) =>
        Assert.Equal(expected, PostalCodes.NormalisePostcode(value, country));

    [Theory]
    [InlineData("12", "12")]
    [InlineData("12a", "12a")]
    [InlineData("12 A", "12a")]
    [InlineData("12-a", "12a")]
    [InlineData("12-2", "12-2")]
    [InlineData("12 2", "12-2")]
    [InlineData("12 / 2", "12-2")]
    [InlineData("12 bis", "12bis")]
    [InlineData("012", null)]
    [InlineData("a12", null)]
    [InlineData("12 twelve-and-more", null)]
    public void House_numbers_keep_their_addition_in_one_notation(string value, string? expected) =>
        Assert.Equal(expected, PostalCodes.NormaliseHouseNumber(value));

    [Fact]
    public void An_address_reads_back_from_its_normalised_form_with_its_key()
    {
        var address = PostalAddress.Create(" Jan  de Vries ", "Lange Nieuwstraat", "12 A", "3512 pk", "Utrecht", "nl")!;

        Assert.Equal("Jan de Vries\nLange Nieuwstraat 12a\n3512PK Utrecht\nNL", address.ToString());
        Assert.Equal(address, PostalAddress.TryParse(address.ToString()));
        Assert.Equal("3512PK 12a", address.Key);
        Assert.Equal(["Jan de Vries", "Lange Nieuwstraat 12a", "3512 PK  UTRECHT"], address.PrintedLines("NL"));
        Assert.Equal("GERMANY", PostalAddress.Create(null, "Hauptstraße", "5", "10115", "Berlin", "DE")!.PrintedLines("NL")[^1]);
    }

    [Fact]
    public void A_postal_address_is_a_sender_kind_of_its_own_and_never_shown_in_logs()
    {
        var address = PostalAddress.Create(null, "Hauptstraße", "5", "10115", "Berlin", "DE")!.ToString();

        Assert.Equal(IdentityKinds.Postal, SenderAddress.KindOf(address));
        Assert.DoesNotContain("10115", SenderAddress.Mask(address), StringComparison.Ordinal);
        Assert.Null(PostalAddress.TryParse("jan@example.nl"));
        Assert.Null(PostalAddress.Create(null, "Dorpsstraat", "12", "10115", "Utrecht", "NL"));
    }

    [Theory]
    [InlineData("1234 AB 12a", "1234AB 12a")]
    [InlineData("Mijn postcode is 1234AB, huisnummer 7", "1234AB 7")]
    [InlineData("huisnummer 7, postcode 1234 AB", "1234AB 7")]
    [InlineData("Dorpsstraat 12-2\n1234 AB  Utrecht", "1234AB 12-2")]
    [InlineData("Hauptstraße 5, 10115 Berlin", "10115 5")]
    [InlineData("PLZ 10115 Hausnummer 5", "10115 5")]
    public void Postcode_and_house_number_are_found_as_people_write_them(string text, string key) =>
        Assert.Contains(key, PostalKeyFinder.Find(text));

    [Theory]
    [InlineData("Ik zeg mijn abonnement op per 1 januari.")]
    [InlineData("Klantnummer 1234567, bel me op 0612345678")]
    public void A_text_without_postcode_and_house_number_gives_none(string text) =>
        Assert.Empty(PostalKeyFinder.Find(text));
}
