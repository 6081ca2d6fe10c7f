using Xunit;

namespace Intake.Core.Tests.Classification;

public sealed class AccountNumberTests
{
    [Theory]
    [InlineData("Ik zeg op. Klantnummer 12345678", "12345678")]
    [InlineData("Opzeggen, klantnr: ab-123456", "AB-123456")]
    [InlineData("Opzeggen graag, mijn klantnummer is 1234 5678", "12345678")]
    [InlineData("Please cancel, account number: KL 889012", "KL889012")]
    [InlineData("Cancel please. Customer no. 5566778", "5566778")]
    [InlineData("Kündigung. Kundennummer: 4711-0815", "4711-0815")]
    [InlineData("Kündigung, Vertragsnummer lautet VN 1234567", "VN1234567")]
    [InlineData("Ik wil opzeggen AB-123456", "AB-123456")]
    [InlineData("cancel NL1234567 thanks", "NL1234567")]
    // A booking, plot or berth named before its number, a contract's reference, and the number a caller reads out.
    [InlineData("Please cancel our pitch for the bank holiday, we can't come. Pitch C-14, thanks", "C-14")]
    [InlineData("Wij zeggen de ligplaats voor juni af. Boeking BX-7781.", "BX-7781")]
    [InlineData("Bitte stornieren Sie den Stellplatz zu Pfingsten. Buchung P-2210", "P-2210")]
    [InlineData("Please end the maintenance agreement, contract ref MA/2020/118, at the end of its term.", "MA/2020/118")]
    [InlineData("ja hallo ik wil het busje voor zaterdag annuleren het nummer is b x zes zes één twee", "BX6612")]
    // A plan's reference, a rental number, a named lease with its number, a zero read as "nought".
    [InlineData("Please end our boiler service plan when we move out. Plan ref BSP-40021", "BSP-40021")]
    [InlineData("Graag de huur van de koelkast stoppen per 1 mei. Huurnr KK7731", "KK7731")]
    [InlineData("Ich kündige den Stellplatz zum 1. Oktober. Mietvertrag Nr. 51-3307.", "51-3307")]
    [InlineData("please cancel the broadband at the shop the account number is five five nought two one nine eight", "5502198")]
    // A short message that ends with its reference.
    [InlineData("Stop it all, moving abroad. 44-1903", "44-1903")]
    [InlineData("Abo bitte beenden. Danke. K7731", "K7731")]
    public void Account_numbers_are_found_upper_cased_without_spaces(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Ik wil opzeggen, bel me op 06-12345678")]
    [InlineData("Ik wil opzeggen, bel me op 0612345678")]
    [InlineData("Please cancel, call me on +31 6 12345678")]
    [InlineData("Please cancel, call me on +31612345678")]
    [InlineData("Opzeggen, mijn IBAN is NL91ABNA0417164300")]
    [InlineData("Opzeggen, mijn IBAN is NL91 ABNA 0417 1643 00")]
    [InlineData("Opzeggen, postcode 1234 AB huisnummer 5")]
    [InlineData("Opzeggen per 01-09-2026")]
    [InlineData("Ik wil mijn bestelling annuleren, ordernummer ORD-1234567")]
    [InlineData("Invoice INV-2026001 is wrong")]
    [InlineData("Ik zeg op per 1 mei. 2027")]
    [InlineData("Please end my plan. Call me. 07700900123")]
    [InlineData("Kündigung, Rechnungsnummer RE-4455667")]
    [InlineData("Opzeggen, mijn klantnummer weet ik niet")]
    public void Phone_numbers_ibans_postcodes_dates_and_order_numbers_are_not_accounts(string text)
    {
        Assert.Null(Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Kündigung bitte. Kdnr 61733", "61733")]
    [InlineData("Ich kündige, Kunden-Nr. 30-7788", "30-7788")]
    [InlineData("Kündige meine Mitgliedschaft, Mitglieds-Nr. 2231", "2231")]
    [InlineData("Bitte das Abo beenden (Abo-Nr.: 90 12 44)", "901244")]
    [InlineData("Versicherungsschein-Nr. KV 551 902, ich kündige", "KV551902")]
    [InlineData("Please cancel. Acc no 99120034", "99120034")]
    [InlineData("Close it please, acct # 7781230", "7781230")]
    [InlineData("Stop my plan, A/C no. 55102233", "55102233")]
    public void Abbreviated_and_hyphenated_labels_are_read_in_every_language(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Graag opzeggen, klantnummr 7788 1200", "77881200")]
    [InlineData("Ich kündige, Mitgliedsnumer 4412", "4412")]
    [InlineData("please end it, acount 4411 09", "441109")]
    public void A_label_word_with_one_typo_still_counts(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Opzeggen graag, abonneenummer 44 12 90 33", "44129033")]
    [InlineData("Strom kündigen. Vertragskonto 5002 3391 07.", "5002339107")]
    [InlineData("Opzeggen, klantnummer: xy 4410 22", "XY441022")]
    public void Digit_groups_split_by_single_spaces_after_a_label_are_one_number(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Contract number 77-310, and my customer no. is 6612-45", "6612-45")]
    [InlineData("Vertragsnummer 4410-77, Kundennummer 99-1203", "99-1203")]
    [InlineData("Klantnummer 3310-92, contractnummer 7781", "3310-92")]
    public void A_customer_number_beats_a_contract_number_wherever_each_stands(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Please end my plan. Account: CONTOSO-4410", "CONTOSO-4410")]
    [InlineData("Kündigung, Kundennummer 7730-11", "7730-11")]
    [InlineData("Please cancel booking no. 7712093", "7712093")]
    public void Long_prefixes_dash_numbers_that_are_no_date_and_booking_numbers_are_accounts(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Please close my account at 22 Elm Road")]
    [InlineData("Kündigung zum 31.12.2026, Kundennummer reiche ich nach")]
    [InlineData("Opzeggen per 15-03, bel me op 06 12345678")]
    public void Words_and_dates_after_a_label_are_not_read_as_a_number(string text)
    {
        Assert.Null(Classifier.Classify(text).AccountNumber);
    }

    [Fact]
    public void A_forwarded_mail_supplies_the_number_when_the_new_lines_have_none()
    {
        const string text = "See my mail below, I still want out.\n\n---------- Forwarded message ----------\n"
            + "From: Sam Jones\nPlease stop my subscription. Customer number 4410 8823.";

        Assert.Equal("44108823", Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Ik zeg namens mijn vader zijn abonnement op. Klantnummer van mijn vader: 5512-008", "5512-008")]
    [InlineData("Ich kündige den Vertrag meiner Mutter. Kundennummer meiner Mutter: 77120, Vertragsnummer V-2231", "77120")]
    [InlineData("ja hallo die kundennummer hab ich hier 4 4 1 0 2 2 bitte alles kündigen", "441022")]
    [InlineData("Please treat this as notice to terminate agreement no. ZX-5512.", "ZX-5512")]
    [InlineData("cancel my gym please, member 88123", "88123")]
    public void Whose_number_it_is_and_a_callers_filler_words_may_stand_between_label_and_number(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Fact]
    public void A_reply_subject_supplies_the_number_when_the_text_has_none()
    {
        var result = Classifier.Classify("Hierbij nogmaals: ik zeg op, graag een bevestiging.", subject: "RE: Opzegging klantnummer 661204");

        Assert.Equal("661204", result.AccountNumber);
    }

    [Theory]
    [InlineData("ja hallo ik wil mijn abonnement opzeggen mijn klantnummer is vier vier twee negen één dank u", "44291")]
    [InlineData("hi I want to cancel my phone contract the account number is seven seven one two oh four five cheers", "7712045")]
    [InlineData("ich möchte kündigen die Mitgliedsnummer ist null acht eins fünf fünf danke", "08155")]
    [InlineData("ich möchte mein Kundenkonto auflösen die Kundennummer ist k d fünf fünf null eins neun drei", "KD550193")]
    [InlineData("guten tag ich möchte kündigen kundennummer k 7 7 3 1 0", "K77310")]
    [InlineData("ik wil opzeggen, lidnummer is zes zes nul twee vier", "66024")]
    public void A_number_a_caller_spells_out_is_read_as_digits(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text, channel: "voice").AccountNumber);
    }

    [Theory]
    [InlineData("Ich kündige. Kundenummer: 2044187", "2044187")]
    [InlineData("Ik zeg op. Klantnumer: 5511203", "5511203")]
    [InlineData("Hiermit kündige ich den Kabelanschluss. Kundennummer (laut Rechnung): 77 301 902 4", "773019024")]
    [InlineData("Hiermit kündigen wir die Lizenzvereinbarung (Lizenz-ID LZ-55-0912) fristgerecht.", "LZ-55-0912")]
    [InlineData("Ich kündige den Unterrichtsvertrag zum 31.07.2027. Schülernummer: MS-1187", "MS-1187")]
    public void A_slip_in_the_label_after_a_sentence_and_an_aside_before_the_colon_still_find_the_number(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Fact]
    public void A_withdrawal_that_names_only_its_order_has_the_order_number_while_a_cancelled_order_has_none()
    {
        Assert.Equal("BST-449102", Classifier.Classify("Hiermit widerrufe ich den am 02.01.2027 abgeschlossenen Vertrag über das Kaffeekapsel-Abo. Bestellnummer: BST-449102").AccountNumber);
        Assert.Equal("4471902", Classifier.Classify("Hiermit widerrufe ich meinen Vertrag. Bestellnummer: BST-449102, Kundennummer 4471902").AccountNumber);
        Assert.Null(Classifier.Classify("Bitte stornieren Sie meine Bestellung. Bestellnummer: BST-449102").AccountNumber);
    }

    [Theory]
    [InlineData("Please stop my monthly gift after February. Supporter no. 40-11873", "40-11873")]
    [InlineData("Last draw for me is the 27th, please end my lottery subscription. Player 88-2019", "88-2019")]
    [InlineData("Zeg mijn abonnement per 1 maart op. Klant 30-7781", "30-7781")]
    [InlineData("De aanvullende verzekering zeg ik op per 1 maart. Polis TV 3321", "TV3321")]
    [InlineData("Bitte kündigen Sie meine Dauerspende zum Monatsende. Spender-Nr. 77-3012", "77-3012")]
    [InlineData("Hiermit kündige ich den Tanzkurs. Mitgl.-Nr. TS 4471", "TS4471")]
    [InlineData("Please cancel my paid subscription to the newsletter. Subscriber ID WD-20918.", "WD-20918")]
    public void Donor_player_and_policy_labels_and_a_bare_label_word_before_the_number_find_it(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    [Theory]
    [InlineData("Den Pachtvertrag für die Wiese kündige ich zum Jahresende. Pachtnummer FP-019", "FP-019")]
    [InlineData("De box in de stalling zeg ik op per 1 april. Stallingsnummer C-118", "C-118")]
    [InlineData("Please close our card terminal account from 31 March. Merchant ID 5540-2219.", "5540-2219")]
    [InlineData("Ich kündige den Stellplatz. Kunde GP-339", "GP-339")]
    public void Any_other_word_for_a_number_of_the_contract_finds_it(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).AccountNumber);
    }

    /// <summary>Short and spelled-out labels as texted and written: "acc", "cust no", a bare "customer"/"membership" before a number, "kln nr", "lezersnr", "Bezieher-Nr.", a contract number that starts with digits.</summary>
    [Theory]
    [InlineData("moving out sat, pls stop the wifi. acc 66-3019", "66-3019")]
    [InlineData("Please end the window cleaning plan from April, cust no 20915.", "20915")]
    [InlineData("End my gym membership at the end of term please. Membership 77-2201", "77-2201")]
    [InlineData("wil de krant opzeggen per 1 mei, lezersnr 4410-22", "4410-22")]
    [InlineData("abo stoppen aub, kln nr 550213", "550213")]
    [InlineData("Ich kündige das Magazin zum Jahresende. Bezieher-Nr. 66 120 31", "6612031")]
    [InlineData("Het contract 30-KB-118 van de garagebox wil ik niet verlengen.", "30-KB-118")]
    public void Texted_and_spelled_out_labels_find_the_number(string text, string expected)
    {
        Assert.Equal(expected, Classifier.Classify(text, "sms").AccountNumber);
    }

    [Theory]
    [InlineData("Ich kündige meinen Vertrag. Telefonnummer 0171 2233445")]
    [InlineData("Ik zeg mijn abonnement op. Factuurnummer F-2026-0012")]
    [InlineData("Ich kündige. Sendungsnummer JJD000390007")]
    public void A_phone_invoice_or_parcel_number_is_no_account_number(string text)
    {
        Assert.Null(Classifier.Classify(text).AccountNumber);
    }
}
