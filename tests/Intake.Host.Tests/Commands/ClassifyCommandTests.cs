using Intake.Testing;
using System.Text.Json;
using Intake.Core.Classification;
using Intake.Core.Configuration;
using Intake.Host.Commands;

namespace Intake.Host.Tests.Commands;

public sealed class ClassifyCommandTests
{
    private static readonly IIntentClassifier Classifier = TestClassification.Classifier;

    private static async Task<(int Exit, List<JsonElement> Lines, string Raw)> RunAsync(string input)
    {
        var stdout = new StringWriter();
        var exit = await ClassifyCommand.RunAsync(Classifier, TestClassification.Net, new StringReader(input), stdout, TimeProvider.System, CancellationToken.None);
        var raw = stdout.ToString();
        return (exit, [.. raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())], raw);
    }

    [Fact]
    public async Task Each_input_line_gives_exactly_one_json_line_with_the_contract_fields()
    {
        var (exit, lines, _) = await RunAsync(
            """
            {"id":"a","channel":"email","text":"Hierbij zeg ik mijn abonnement op per 1 september. Klantnummer 123456.","receivedAt":"2026-06-10T10:00:00+02:00"}
            {"id":"b","channel":"sms","text":"I do NOT want to cancel, just a question about my bill"}
            {"id":7,"channel":"x","text":"Ich kündige meinen Vertrag fristlos wegen der Preiserhöhung"}
            """);

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Count);
        var a = lines[0];
        Assert.Equal(("a", "cancel", "nl"), (a.GetProperty("id").GetString(), a.GetProperty("intent").GetString(), a.GetProperty("language").GetString()));
        Assert.Equal("2026-09-01", a.GetProperty("requestedDate").GetString());
        Assert.Equal("123456", a.GetProperty("accountNumber").GetString());
        foreach (var field in new[] { "kind", "confidence", "reasons", "reason" }) Assert.True(a.TryGetProperty(field, out _), field);
        Assert.NotEqual("cancel", lines[1].GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("requestedDate").ValueKind);
        Assert.Equal((7, "de"), (lines[2].GetProperty("id").GetInt32(), lines[2].GetProperty("language").GetString()));
        Assert.Equal("extraordinary", lines[2].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_bad_line_gets_an_error_line_for_its_id_or_line_number_and_the_rest_go_on()
    {
        var (exit, lines, _) = await RunAsync("{\"id\":\"x1\",\"text\":\"opzeggen\",\"receivedAt\":\"gisteren\"}\nnot json at all\n{\"text\":\"no id\"}\n{\"id\":\"ok\",\"text\":\"ik zeg op\"}\n");

        Assert.Equal(1, exit);
        Assert.Equal(4, lines.Count);
        Assert.Equal("x1", lines[0].GetProperty("id").GetString());
        Assert.True(lines[0].TryGetProperty("error", out _));
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("cancel", lines[3].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task A_short_answer_is_read_with_the_quoted_question_below_it_as_the_pipeline_reads_it()
    {
        var answer = JsonSerializer.Serialize(new
        {
            id = "answer",
            channel = "email",
            text = "Yes please 👍\n\nOn 3 Mar 2026, at 11:20, Member Services wrote:\n> Shall we cancel your gym membership from 1 May 2026? Reply YES or NO.",
            receivedAt = "2026-03-04T09:00:00+01:00",
        });

        var (exit, lines, _) = await RunAsync(answer + "\n");

        Assert.Equal(0, exit);
        var line = Assert.Single(lines);
        Assert.Equal("cancel", line.GetProperty("intent").GetString());
        Assert.Equal("2026-05-01", line.GetProperty("requestedDate").GetString());
    }
}
