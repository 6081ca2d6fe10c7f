using Xunit;

namespace Intake.Core.Tests.Classification;

/// <summary>
/// Wording found in no labelled set: a question that names when is a request, politeness is no condition, closing or
/// deleting an account ends it, and an intention given up ("was gonna cancel but") is not a declaration.
/// </summary>
public sealed class RequestWordingTests
{
    [Theory]
    [InlineData("Would it be possible to cancel my gym membership as of 28 February?")]
    [InlineData("Is it possible to end my phone contract per the end of next month?")]
    [InlineData("Could you terminate my broadband from 1 March?")]
    [InlineData("Is het mogelijk mijn lidmaatschap per 1 maart op te zeggen?")]
    [InlineData("Wäre es möglich, meinen Handyvertrag zum 31.03. zu kündigen?")]
    public void A_possibility_question_that_names_when_asks_us_to_do_it(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Is it possible to cancel my membership immediately?")]
    [InlineData("Can I cancel my contract early?")]
    public void A_possibility_question_about_a_right_still_goes_to_a_person(string text)
    {
        Assert.Equal("unclear", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Please cancel my magazine subscription if that's alright.")]
    [InlineData("I'd like to end my contract, if you don't mind.")]
    [InlineData("Ik wil graag mijn krantenabonnement opzeggen, als het mag.")]
    [InlineData("Ik zeg mijn contract op, als dat goed is.")]
    [InlineData("Ich möchte meine Mitgliedschaft kündigen, falls das möglich ist.")]
    [InlineData("Bitte kündigen Sie mein Abo, wenn das geht.")]
    public void Politeness_is_not_a_condition(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Kannst du bitte meinen Zeitungsvertrag zum Monatsende kündigen?")]
    [InlineData("Wären Sie so freundlich, meine Mitgliedschaft im Ruderclub zum 30.06. zu kündigen?")]
    [InlineData("Zou je mijn abonnement op het weekblad per 1 april willen opzeggen?")]
    [InlineData("Would you be so kind as to cancel my allotment rental from the end of March?")]
    public void A_polite_request_worded_as_a_question_is_a_request(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("hallo met piet ik zeg mijn huur van de garagebox op per eind juni bel me maar als er iets onduidelijk is")]
    [InlineData("guten tag ich kündige das weinabo zum quartalsende melden sie sich wenn was fehlt danke")]
    [InlineData("hi it's tom I'm cancelling the window cleaning from april let me know if you need anything else from me")]
    [InlineData("Ich bitte Sie, den Stromvertrag meines Vaters zum Todestag zu beenden, oder sonst zum nächstmöglichen Termin.")]
    public void A_condition_on_getting_back_in_touch_or_an_alternative_date_conditions_nothing(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Before I cancel my broadband, do I have to send the router back?", "email", null)]
    [InlineData("Ein paar Fragen vorab: wie lange ist die Frist und bekomme ich Guthaben zurück?", "email", "Bevor ich kündige")]
    [InlineData("Voordat ik mijn lidmaatschap opzeg: krijg ik het tegoed nog terug?", "email", null)]
    public void Before_cancelling_is_not_cancelling(string text, string channel, string? subject)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text, channel, subject: subject).Intent);
    }

    [Theory]
    [InlineData("Reason: End my contract\nMessage: Wrong button, sorry. I do not want to end the contract, I only need a new SIM card.")]
    [InlineData("Anliegen: Kündigung\nNachricht: Falsch geklickt, ich will nicht kündigen, nur meine Adresse ändern.")]
    [InlineData("Onderwerp: opzeggen\nBericht: Verkeerde knop. Ik wil niet opzeggen, alleen mijn IBAN wijzigen.")]
    public void A_declaration_beside_a_refusal_of_it_goes_to_a_person(string text)
    {
        Assert.Equal("unclear", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("We are moving abroad, please close all our accounts with you.")]
    [InlineData("Please shut my account down at the end of the month.")]
    [InlineData("Remove my profile and stop billing me.")]
    [InlineData("Maak mijn account maar dicht, ik gebruik het niet meer.")]
    [InlineData("Bitte löschen Sie mein Profil und beenden Sie alles.")]
    public void Closing_or_deleting_the_account_ends_the_contract(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("I was gonna cancel after the outage but the new router works great, thanks.")]
    [InlineData("I had a cancellation letter drafted already, but your colleague sorted it out. Thanks!")]
    [InlineData("Ik had me voorgenomen op te zeggen, maar de storing is opgelost. Dank!")]
    [InlineData("Ich war drauf und dran zu kündigen, aber jetzt läuft alles wieder. Danke!")]
    public void An_intention_given_up_is_not_a_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ik zat er echt over te denken om op te zeggen, maar sinds de nieuwe app werkt alles, dus ik blijf gewoon.")]
    [InlineData("Nearly cancelled over the price, but your loyalty offer sorted it, so I stay.")]
    [InlineData("Wollte eigentlich kündigen, aber mit dem neuen Tarif bleibt alles beim Alten.")]
    public void Considering_cancelling_and_staying_is_never_a_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("De opzegging van mijn sportschool van afgelopen dinsdag trek ik hierbij in.")]
    [InlineData("Mijn opzegging van 3 november jl. trek ik in, we houden het abonnement.")]
    [InlineData("Die Kündigung vom Handyvertrag von letzter Woche nehme ich hiermit zurück.")]
    [InlineData("Meine Kündigung vom 2. November bzw. die Bestätigung dazu bitte stornieren, ich bleibe.")]
    [InlineData("Please scrap the cancellation I sent on Monday, we sorted it out.")]
    public void Taking_back_a_cancellation_told_with_its_date_is_a_retraction(string text)
    {
        Assert.Equal("retract", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("Ik heb in september via de app mijn abonnement opgezegd, maar er wordt nog steeds afgeschreven.")]
    [InlineData("Hab im August die Zeitung gekündigt, trotzdem kommt jede Woche eine Rechnung.")]
    [InlineData("I cancelled my gym membership back in October and you are still charging me.")]
    public void A_cancellation_reported_from_an_earlier_month_goes_to_a_person_who_checks_its_receipt_time(string text)
    {
        var result = Classifier.Classify(text);

        Assert.Equal("unclear", result.Intent);
        Assert.Contains("past", result.Reasons);
    }

    [Theory]
    [InlineData("My gym membership is due in March, please don't renew it, I won't be using it any more.")]
    [InlineData("Consider this my notice for the cloud storage plan.")]
    [InlineData("Our team subscription must not renew on 1 April.")]
    [InlineData("Please let the wine club end after the December box.")]
    [InlineData("Ik wil de wijnclub laten eindigen na de laatste levering.")]
    [InlineData("Het is mooi geweest, stop alles maar per 1 maart.")]
    [InlineData("Graag mijn klantaccount sluiten, ik verhuis naar het buitenland.")]
    [InlineData("Hef mijn spaarrekening op en stort het saldo terug.")]
    [InlineData("Pls close my acct, moving abroad.")]
    [InlineData("Bitte mein Probetraining am Freitag absagen.")]
    [InlineData("Das Zeitungsabo soll zum Jahresende enden.")]
    [InlineData("I want to cancel my newspaper delivery from next month.")]
    public void Ending_said_as_non_renewal_notice_letting_it_end_or_closing_is_a_cancellation(string text)
    {
        Assert.Equal("cancel", Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("My subscription did not renew and now the app is locked, can you help?")]
    [InlineData("Does the magazine renew automatically in June?")]
    public void A_renewal_that_failed_or_a_question_about_it_is_no_cancellation(string text)
    {
        Assert.NotEqual("cancel", Classifier.Classify(text).Intent);
    }
}
