using Intake.Core.Identity;
using Intake.Core.Model;
using Intake.Core.Pipeline;

namespace Intake.Core.Tests.Pipeline;

public sealed class ReplyRecipientsTests
{
    private static readonly string Letter = PostalAddress.Create("Jan de Vries", "Dorpsstraat", "12", "1234 AB", "Utrecht", "NL")!.ToString();

    [Fact]
    public void A_letter_from_someone_without_an_electronic_address_is_answered_by_letter_to_that_address()
    {
        var replies = ReplyRecipients.For("confirmation", Channels.Manual, Letter, null, verified: false).ToList();

        Assert.Equal([new ReplyRecipients.Recipient("confirmation", Channels.Manual, Letter)], replies);
    }

    [Fact]
    public void A_letter_from_a_customer_with_an_email_on_file_is_confirmed_by_email_once()
    {
        var replies = ReplyRecipients.For("confirmation", Channels.Manual, Letter, new ContactOnFile("jan@example.nl", "+31612345678"), verified: false).ToList();

        Assert.Equal([new ReplyRecipients.Recipient("confirmation", Channels.Email, "jan@example.nl")], replies);
    }

    [Fact]
    public void A_letter_from_a_customer_with_only_a_phone_on_file_is_confirmed_by_sms()
    {
        var replies = ReplyRecipients.For("identification-request", Channels.Manual, Letter, new ContactOnFile(null, "+31612345678"), verified: false).ToList();

        Assert.Equal([new ReplyRecipients.Recipient("identification-request", Channels.Sms, "+31612345678")], replies);
    }

    [Fact]
    public void A_letter_from_a_customer_on_file_without_electronic_address_is_answered_by_letter()
    {
        var replies = ReplyRecipients.For("confirmation", Channels.Manual, Letter, new ContactOnFile(null, null), verified: false).ToList();

        Assert.Equal([new ReplyRecipients.Recipient("confirmation", Channels.Manual, Letter)], replies);
    }

    [Fact]
    public void An_unverified_email_still_warns_the_contact_on_file()
    {
        var replies = ReplyRecipients.For("confirmation", Channels.Email, "iemand@example.nl", new ContactOnFile("jan@example.nl", null), verified: false).ToList();

        Assert.Equal(
            [new("confirmation", Channels.Email, "iemand@example.nl"), new ReplyRecipients.Recipient("confirmation-contact", Channels.Email, "jan@example.nl")],
            replies);
    }
}
