using System.Text.RegularExpressions;
using Intake.Core.Console;
using Intake.Core.Pipeline;
using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Webcare.Tests.Support;

/// <summary>The real host (console, Hangfire, outbox, pipeline) on a fresh test database, with a clock tests can move.</summary>
public partial class ConsoleHostFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789";
    public const string Password = "correct horse battery";

    public TestDatabase Database { get; } = database;
    public ShiftedClock Clock { get; } = new();

    public static async Task<T> StartAsync<T>(Func<TestDatabase, T> create) where T : ConsoleHostFactory
    {
        var factory = create(await PostgresServer.CreateDatabaseAsync(migrate: false));
        _ = factory.Services; // starts the host: migrations, Hangfire, the recurring callback job
        return factory;
    }

    public static Task<ConsoleHostFactory> StartAsync() => StartAsync(db => new ConsoleHostFactory(db));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Intake", Database.ConnectionString);
        builder.UseSetting("Intake:Api:Keys:0", ApiKey);
        builder.UseSetting("Intake:Hangfire:WorkerCount", "2");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Creates a staff user through the add-staff command; returns the email address.</summary>
    public async Task<string> AddStaffAsync(string role, string? email = null, string language = "en")
    {
        email ??= $"{role}-{Guid.NewGuid():N}@staff.example";
        var code = await AddStaffCommand.RunAsync(new PostgresStaffUsers(Database.DataSource), ["--email", email, "--role", role, "--password-stdin", "--language", language],
            new StringReader(Password + "\n"), TextWriter.Null, TextWriter.Null, CancellationToken.None);
        Assert.Equal(0, code);
        return email;
    }

    /// <summary>A client signed in as a new staff member of <paramref name="role"/>; no redirects followed.</summary>
    public async Task<HttpClient> SignInAsync(string role, string language = "en") => await SignInAsAsync(await AddStaffAsync(role, language: language));

    /// <summary>A client signed in as an existing staff member (a new session each time); no redirects followed.</summary>
    public async Task<HttpClient> SignInAsAsync(string email, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/console/login", null, new() { ["email"] = email, ["password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<long> StaffIdAsync(string email) => Database.ScalarAsync<long>("SELECT id FROM staff_user WHERE email = @email", new { email });

    /// <summary>GETs the page for its antiforgery token, then posts the form to the page handler.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string? handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, page);
        var url = handler is null ? page : $"{page}?handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page) =>
        TokenPattern().Match(await client.GetStringAsync(page)).Groups[1].Value;

    /// <summary>Opens the manual intake form and returns the submission id it was given (one id, one intake).</summary>
    public static async Task<string> ManualSubmissionAsync(HttpClient client) =>
        SubmissionPattern().Match(await client.GetStringAsync("/console/manual")).Groups[1].Value;

    /// <summary>Puts a message through the real gateway, as a channel adapter would.</summary>
    public Task<AcceptResult> ReceiveAsync(string channel, string sender, string text, DateTimeOffset? at = null, string? displayName = null) =>
        ReceiveRawAsync(channel, sender, text, "text/plain", System.Text.Encoding.UTF8.GetBytes(text), at, displayName);

    /// <summary>Puts an email through the real gateway stored as the email channel stores it: the MIME as received, attachments and all.</summary>
    public async Task<AcceptResult> ReceiveMailAsync(MimeKit.MimeMessage mail, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        return await ReceiveRawAsync("email", mail.From.Mailboxes.Single().Address, mail.TextBody ?? "",
            "message/rfc822; x-intake-mailbox=\"INBOX\"", raw.ToArray(), at, null);
    }

    private async Task<AcceptResult> ReceiveRawAsync(string channel, string sender, string text, string contentType, byte[] raw, DateTimeOffset? at, string? displayName)
    {
        var gateway = Services.GetRequiredService<IntakeGateway>();
        var received = at ?? Clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var result = await gateway.ReceiveAsync(new RawPayload(channel, id, contentType, raw, received),
            () => new Core.Model.InboundMessage
            {
                Channel = channel, ProviderMessageId = id, ReceivedAt = received, SenderAddress = sender, Text = text,
                DisplayName = displayName, ThreadReference = "<" + id + "@mail.example>",
            }, CancellationToken.None);
        return result.Result ?? throw new InvalidOperationException("quarantined: " + result.QuarantineReason);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    [GeneratedRegex("name=\"submission\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex SubmissionPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
