using System.Text;
using Intake.Core.Classification;
using Intake.Core.Model;
using Intake.Core.Pipeline;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Intake;

public sealed class LongTextTests
{
    [Fact]
    public async Task A_huge_text_is_classified_from_its_beginning_and_stored_whole()
    {
        var harness = await IntakeHarness.CreateAsync();
        var filler = new StringBuilder();
        while (filler.Length < 200_000) filler.Append("Hier volgt de tekst van de algemene voorwaarden, artikel ").Append(filler.Length).Append(". ");
        var text = "Hierbij zeg ik mijn abonnement op.\n\n" + filler;
        var message = Messages.Api("long-1", "jan@example.nl", text);

        var result = await harness.Gateway.ReceiveAsync(Messages.Raw(message), () => message, CancellationToken.None);

        Assert.Equal(Intents.Cancel, result.Result?.Intent);
        var stored = Assert.Single(await harness.Database.QueryAsync<(string Body, string[] Cues)>("SELECT body_text, cues FROM inbound_message"));
        Assert.Equal(text.Length, stored.Body.Length);
        Assert.Contains($"text:first-{ClassifiedText.Limit}-characters", stored.Cues);
    }
}
