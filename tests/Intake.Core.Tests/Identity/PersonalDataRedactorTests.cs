using Intake.Core.Identity;

namespace Intake.Core.Tests.Identity;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("GET /api/v1/privacy/exports?address=jan.jansen%40example.nl", "jan.jansen")]
    [InlineData("GET /api/v1/privacy/exports?address=%2B31612345678", "31612345678")]
    [InlineData("GET /api/v1/privacy/exports?address=%2b31612345678", "31612345678")]
    [InlineData("GET /api/v1/privacy/exports?accountNumber=NL4711", "NL4711")]
    [InlineData("mail from jan.jansen@example.nl refused", "jan.jansen")]
    public void Addresses_and_account_numbers_are_masked_also_when_url_encoded(string line, string personal) =>
        Assert.DoesNotContain(personal, PersonalDataRedactor.Redact(line), StringComparison.Ordinal);

    [Fact]
    public void Case_references_dates_and_plain_percentages_stay_readable()
    {
        const string line = "case C-2026-000123 on 2026-11-24 at 100% done";
        Assert.Equal(line, PersonalDataRedactor.Redact(line));
    }
}
