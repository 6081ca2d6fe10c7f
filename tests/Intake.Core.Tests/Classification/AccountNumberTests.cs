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
    [InlineData("Kündigung, Rechnungsnummer RE-4455667")]
    [InlineData("Opzeggen, mijn klantnummer weet ik niet")]
    public void Phone_numbers_ibans_postcodes_dates_and_order_numbers_are_not_accounts(string text)
    {
        Assert.Null(Classifier.Classify(text).AccountNumber);
    }
}
