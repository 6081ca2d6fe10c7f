using Intake.Core.Identity;

namespace Intake.Core.Tests.Identity;

public sealed class IdentityKindTests
{
    [Theory]
    [InlineData("jan@example.nl", IdentityKinds.Email)]
    [InlineData("+31612345678", IdentityKinds.Phone)]
    [InlineData("1502938475610293847", IdentityKinds.X)]
    [InlineData("J. de Vries\nDorpsstraat 12\n1234 AB Dorp", IdentityKinds.Postal)]
    public void Every_sender_address_belongs_to_its_kind(string normalised, string kind) =>
        Assert.Equal(kind, SenderAddress.KindOf(normalised));

    [Theory]
    [InlineData("withheld:ca0123456789abcdef")]
    [InlineData("jan de vries")]
    [InlineData("")]
    public void A_sender_no_kind_fits_is_unknown_not_an_x_id(string normalised) =>
        Assert.Equal(IdentityKinds.Unknown, SenderAddress.KindOf(normalised));

    [Fact]
    public void Every_kind_a_sender_can_have_is_a_kind_a_customer_can_be_known_by_and_unknown_is_none()
    {
        Assert.Equal(["account", "email", "phone", "x", "postal"], IdentityKinds.All);
        Assert.DoesNotContain(IdentityKinds.Unknown, IdentityKinds.All);
        Assert.All(new[] { "a@b.nl", "+31612345678", "42", "a\nb" }, address => Assert.True(IdentityKinds.IsKnown(SenderAddress.KindOf(address))));
    }
}
