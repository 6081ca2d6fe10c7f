using System.Net.Http.Json;
using System.Text.Json;
using Intake.Testing;
using MimeKit;

namespace Intake.Host.Tests.Email;

public sealed class EmailThroughHostTests
{
    [Fact]
    public async Task A_cancellation_mail_to_the_mailbox_is_confirmed_in_the_same_thread_with_reference_and_receipt_time()
    {
        await using var email = await EmailHost.StartAsync();
        await CustomerSeed.AddAsync(email.Database, "NL1001", email: "petra@example.com");
        var mail = CustomerMail.Dutch("petra@example.com");
        await email.AppendAsync(mail);

        using var api = email.ApiClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string? reference = null;
        while (reference is null && DateTime.UtcNow < deadline)
        {
            reference = (await email.Database.QueryAsync<string>("SELECT reference FROM cancellation_case")).FirstOrDefault();
            if (reference is null) await Task.Delay(100);
        }
        Assert.NotNull(reference);
        var view = await email.Factory.WaitForRepliesAsync(api, reference, TimeSpan.FromSeconds(30));
        var deliveries = await email.Smtp.WaitForDeliveriesAsync(1);

        var outbound = view.GetProperty("outbound").EnumerateArray().Single();
        Assert.Equal("sent", outbound.GetProperty("status").GetString());
        var reply = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(deliveries))));
        Assert.Equal(mail.MessageId, reply.InReplyTo);
        Assert.Equal($"Re: Opzeggen [{reference}]", reply.Subject);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
        Assert.Contains($"Referentie: {reference}", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Wij hebben uw opzegging ontvangen op", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("Internet 100", reply.TextBody, StringComparison.Ordinal);

        var health = await api.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Contains("email:opzeggen", health.ToString(), StringComparison.Ordinal);
    }
}
