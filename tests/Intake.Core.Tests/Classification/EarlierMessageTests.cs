using Intake.Core.Model;
using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// A message that points at an earlier one: staying beside "ignore my message of Tuesday" takes that message back; a
/// short note above a forwarded or quoted cancellation of the customer's own ("see below", "any news?") is never filed
/// as nothing. Wording found in no set.
/// </summary>
public sealed class EarlierMessageTests
{
    [Theory]
    [InlineData("Please ignore the email I sent on Monday about leaving. Your engineer fixed it, so I'll stay.")]
    [InlineData("Vergeet dat berichtje van gisteren maar, we blijven toch bij jullie.")]
    [InlineData("Das mit meiner Nachricht von gestern vergesst bitte, ich bleibe doch.")]
    public void Staying_beside_an_earlier_message_set_aside_takes_it_back(string text)
    {
        Assert.Equal(Intents.Retract, Classifier.Classify(text, "whatsapp").Intent);
    }

    [Theory]
    [InlineData("I thought about leaving last year but I'll stay, the new plan suits me.")]
    [InlineData("Ik blijf klant, ik wil alleen weten wanneer de monteur komt.")]
    public void Staying_with_no_earlier_message_takes_nothing_back(string text)
    {
        Assert.NotEqual(Intents.Retract, Classifier.Classify(text).Intent);
    }

    [Fact]
    public void A_bounced_cancellation_forwarded_with_a_note_goes_to_a_person()
    {
        var text = "This came back from the address on your website, so I'm trying here. See below.\n\n"
            + "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@example.org>\nDate: Mon, 7 Jun 2027 at 09:10\nSubject: Undeliverable\n\n"
            + "Your message could not be delivered.\n\n----- Original message -----\nHello,\nI'm cancelling my allotment rental from the end of this season. Plot 14.\nRegards, Ann";

        Assert.NotEqual(Intents.Other, Classifier.Classify(text, subject: "Fwd: Undeliverable").Intent);
    }

    [Fact]
    public void Thanks_above_our_confirmation_stays_thanks()
    {
        var text = "Thank you very much!\n\nOn 2 Jun 2027, at 10:00, Customer Service wrote:\n> We have received your cancellation. Your contract ends on 30 June.\n>\n> On 1 Jun 2027 you wrote:\n>> Please cancel my broadband contract.";

        Assert.Equal(Intents.Other, Classifier.Classify(text, subject: "Re: Your cancellation").Intent);
    }

    [Theory]
    [InlineData("Bitte das Probeabo nach den vier Wochen nicht in ein Jahresabo umwandeln.", "cancel")]
    [InlineData("Stuur de modem maar op, wij gaan verder zonder jullie.", "cancel")]
    [InlineData("Ab Oktober ist der Kabelanschluss Geschichte, wir schauen nur noch online.", "cancel")]
    [InlineData("mn oude sim mag weg, heb nu alleen nog mijn werktelefoon", "cancel")]
    [InlineData("Please end the rental of the second coffee machine at the notice date; the other one stays.", "cancel")]
    public void A_trial_not_converted_or_a_quiet_goodbye_is_a_cancellation(string text, string intent)
    {
        Assert.Equal(intent, Classifier.Classify(text, "whatsapp").Intent);
    }

    [Theory]
    [InlineData("Mijn abonnement voor de tweede telefoon mag eraf, die gebruikt niemand meer.")]
    [InlineData("Mein Schließfach könnt ihr ab Oktober neu vergeben, ich ziehe weg.")]
    [InlineData("Bought the warranty on Saturday by mistake. Please treat this as me changing my mind and refund it.")]
    public void A_leaving_told_sideways_goes_to_a_person(string text)
    {
        Assert.NotEqual(Intents.Other, Classifier.Classify(text, "whatsapp").Intent);
    }
}

/// <summary>Machine residue around a message: a form's unticked options and a mail client's read receipt are no choice of the customer's.</summary>
public sealed class FormAndReceiptTests
{
    [Fact]
    public void An_unticked_option_is_no_cancellation_and_a_ticked_one_is()
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify("Wijziging: [x] Adreswijziging [ ] Opzegging\nNieuw adres: Dorpsstraat 4, Ede", "web").Intent);
        Assert.Equal(Intents.Cancel, Classifier.Classify("Wijziging: [ ] Adreswijziging [x] Opzegging\nGewenste einddatum: 31-08-2027", "web").Intent);
    }

    [Fact]
    public void A_read_receipt_of_our_confirmation_is_no_cancellation()
    {
        var text = "Your message\n\n  To: sam@example.org\n  Subject: Confirmation of your cancellation\n  Sent: Tuesday, 6 July 2027 09:14\n\nwas read on Tuesday, 6 July 2027 11:02.";

        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text, subject: "Read: Confirmation of your cancellation").Intent);
    }

    [Fact]
    public void An_out_of_office_reply_is_filed_as_nothing_unless_it_speaks_of_leaving()
    {
        var away = Classifier.Classify("Ik ben tot 2 augustus met vakantie en lees mijn mail niet. Voor dringende zaken: bel de receptie.", subject: "Automatisch antwoord: Uw factuur juli");
        var closed = Classifier.Classify("Our shop has closed permanently. Thank you for ten wonderful years.", subject: "Automatic reply: Your invoice");

        Assert.Equal(Intents.Other, away.Intent);
        Assert.Equal(Intents.Unclear, closed.Intent);
    }

    [Theory]
    [InlineData("Took the cheaper plan instead of cancelling, thanks for the tip.")]
    [InlineData("Wir haben den Tarif gewechselt, statt zu kündigen.")]
    [InlineData("Ik heb het pakket verkleind in plaats van op te zeggen.")]
    public void A_cancellation_named_as_the_road_not_taken_is_none(string text)
    {
        Assert.NotEqual(Intents.Cancel, Classifier.Classify(text, "whatsapp").Intent);
    }
}
