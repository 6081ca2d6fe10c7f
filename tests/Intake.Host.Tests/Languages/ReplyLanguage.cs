using Intake.Testing;

namespace Intake.Host.Tests.Languages;

/// <summary>Checks that every reply of a case went out in one language: the row's language, its template and its wording.</summary>
internal static class ReplyLanguage
{
    public static async Task AssertAsync(TestDatabase database, string reference, string language)
    {
        var replies = await database.QueryAsync<(string Language, string Template, string Body, string Kind)>(
            "SELECT o.language, o.template, o.body, o.kind FROM outbound_message o JOIN cancellation_case c ON c.id = o.case_id WHERE c.reference = @reference",
            new { reference });
        Assert.NotEmpty(replies);
        Assert.Equal(language, await database.ScalarAsync<string>("SELECT language FROM cancellation_case WHERE reference = @reference", new { reference }));
        foreach (var reply in replies)
        {
            Assert.Equal(language, reply.Language);
            Assert.EndsWith("." + language, reply.Template, StringComparison.Ordinal);
        }
        var confirmation = Assert.Single(replies, r => r.Kind == "confirmation");
        Assert.Contains(Declarations.Word(language), confirmation.Body, StringComparison.OrdinalIgnoreCase);
    }
}
