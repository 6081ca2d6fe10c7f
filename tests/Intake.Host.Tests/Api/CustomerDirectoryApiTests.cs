using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intake.Core.ApiKeys;
using Intake.Testing;

namespace Intake.Host.Tests.Api;

public sealed class CustomerDirectoryApiTests
{
    private const string Route = "/api/v1/customers";

    private static object Customer(
        string account, string contract, string email = "", string phone = "", string product = "Glasvezel 1000",
        string start = "2024-01-01", string? postcode = null, string? houseNumber = null) =>
        new { accountNumber = account, name = "Jan de Vries", email, phone, contractId = contract, product, startDate = start, postcode, houseNumber };

    private static StringContent Ndjson(params string[] lines) => new(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson");

    [Fact]
    public async Task Uploaded_customers_contracts_and_identities_land_and_an_intake_then_identifies_the_customer_by_email()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var upload = await api.PostAsync(Route, JsonContent.Create(new[]
        {
            Customer("nl-1001", "C-1", email: "Jan.de.Vries@Example.NL", phone: "06 1234 5678", postcode: "1234 ab", houseNumber: "12"),
            Customer("NL-1002", "C-2", email: "piet@example.nl", product: "Mobiel"),
            Customer("NL-1002", "C-3", email: "piet@example.nl", product: "Televisie"),
        }));

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var counts = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, counts.GetProperty("records").GetInt32());
        Assert.Equal((2, 2), Counted(counts, "customers", "total", "inserted"));
        Assert.Equal((3, 3), Counted(counts, "contracts", "total", "inserted"));
        Assert.Equal((6, 6), Counted(counts, "identities", "total", "inserted"));
        Assert.Equal(["account", "email", "phone", "postal"], await host.Database.QueryAsync<string>(
            "SELECT l.kind FROM identity_link l JOIN customer c ON c.id = l.customer_id WHERE c.account_number = 'NL-1001' AND l.verified ORDER BY 1"));
        Assert.Equal("jan.de.vries@example.nl +31612345678 1234AB", await host.Database.ScalarAsync<string>(
            "SELECT concat_ws(' ', email, phone, postcode) FROM customer WHERE account_number = 'NL-1001'"));

        var intake = await api.PostAsync("/api/v1/intake", JsonContent.Create(new { externalId = "dir-1", from = "jan.de.vries@example.nl", text = "Ik zeg mijn abonnement op." }));
        var reference = (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseReference").GetString();
        var view = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{reference}");

        Assert.Equal("Glasvezel 1000", view.GetProperty("product").GetString());
        Assert.NotEqual("NeedsIdentification", view.GetProperty("status").GetString());
        Assert.Equal("C-1", await host.Database.ScalarAsync<string>(
            "SELECT k.external_id FROM cancellation_case c JOIN contract k ON k.id = c.contract_id WHERE c.reference = @reference", new { reference }));
    }

    [Fact]
    public async Task The_same_records_again_change_nothing_and_a_changed_email_updates_the_customer_and_replaces_its_link()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();
        var records = new[] { Customer("NL-1", "C-1", email: "oud@example.nl"), Customer("NL-2", "C-2", email: "twee@example.nl") };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Route, JsonContent.Create(records))).StatusCode);

        var again = await (await api.PostAsync(Route, JsonContent.Create(records))).Content.ReadFromJsonAsync<JsonElement>();
        var changed = await api.PostAsync(Route, Ndjson(
            """{"accountNumber":"NL-1","name":"Jan de Vries","email":"nieuw@example.nl","contractId":"C-1","product":"Glasvezel 1000","startDate":"2024-01-01"}""",
            """{"accountNumber":"NL-2","name":"Jan de Vries","email":"twee@example.nl","contractId":"C-2","product":"Glasvezel 1000","startDate":"2024-01-01"}"""));

        Assert.Equal((2, 0, 0, 2), Counted(again, "customers"));
        Assert.Equal((2, 0, 0, 2), Counted(again, "contracts"));
        Assert.Equal((4, 0, 0, 4), Counted(again, "identities"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var update = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0, 1, 1), Counted(update, "customers"));
        Assert.Equal((2, 0, 0, 2), Counted(update, "contracts"));
        Assert.Equal((1, 1), Counted(update, "identities", "inserted", "removed"));
        Assert.Equal(["nieuw@example.nl"], await host.Database.QueryAsync<string>(
            "SELECT l.value FROM identity_link l JOIN customer c ON c.id = l.customer_id WHERE c.account_number = 'NL-1' AND l.kind = 'email'"));
    }

    [Fact]
    public async Task Invalid_records_are_listed_by_index_or_line_with_field_and_reason_and_nothing_is_written()
    {
        await using var host = await IntakeHostFactory.StartAsync();
        var api = host.ApiClient();

        var array = await api.PostAsync(Route, new StringContent($$"""
            [{{JsonSerializer.Serialize(Customer("NL-1", "C-1"), JsonSerializerOptions.Web)}},
             {"accountNumber":"NL-2","name":"Geheime Naam","email":"geheim.example.nl","contractId":"C-2","product":"TV","startDate":"2024-13-01"},
             {"accountNumber":"NL-3","name":"Jan","emial":"jan@example.nl","contractId":"C-3","product":"TV","startDate":"2024-01-01"},
             "NL-4",
             {"accountNumber":"NL-5","name":"Jan","contractId":"C-1","product":"TV","startDate":"2024-01-01","houseNumber":12}]
            """, Encoding.UTF8, "application/json"));
        var lines = await api.PostAsync(Route, Ndjson(
            """{"accountNumber":"NL-1","name":"Jan","contractId":"C-1","product":"TV","startDate":"2024-01-01"}""",
            """{"accountNumber":"NL-2",""",
            "",
            """{"accountNumber":"NL-3","name":"Jan","contractId":"C-3","product":"TV","startDate":"2024-01-01","renewal":"yearly"}"""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, array.StatusCode);
        Assert.Equal("application/problem+json", array.Content.Headers.ContentType?.MediaType);
        var problem = await array.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, problem.GetProperty("invalidRecords").GetInt32());
        Assert.Equal(
            [
                "1 startDate: startDate \"2024-13-01\" is not a date (yyyy-MM-dd)",
                "1 email: email is not a valid address",
                "2 -: unknown field \"emial\" (expected accountNumber, name, email, phone, xUserId, contractId, product, startDate, minimumTermEnd, noticePeriod, renewal, timeZone, concludedOn, postcode, houseNumber)",
                "3 -: a customer record must be a JSON object",
                "4 postcode: postcode and houseNumber go together: give both or neither",
                "4 contractId: contractId \"C-1\" appears twice in the body (first on index 0)",
            ],
            Listed(problem, "index"));
        Assert.DoesNotContain("geheim", problem.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lines.StatusCode);
        Assert.Equal(
            ["2 -: the line is not one JSON object (or not UTF-8)", "4 renewal: renewal \"yearly\" is not one of fixed, tacit, monthly, none"],
            Listed(await lines.Content.ReadFromJsonAsync<JsonElement>(), "line"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM customer"));
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM identity_link"));
    }

    [Fact]
    public async Task No_key_gets_401_a_key_without_directory_403_and_a_wrong_type_broken_json_or_too_large_body_415_400_413()
    {
        await using var host = new IntakeHostFactory(await PostgresServer.CreateDatabaseAsync(migrate: false), new Dictionary<string, string?>
        {
            ["Intake:Api:NamedKeys:crm:Key"] = "crm-key-5c2d8e",
            ["Intake:Api:NamedKeys:crm:Scopes"] = "intake cases:read",
            ["Intake:Api:NamedKeys:loader:Key"] = "loader-key-9a7f1b",
            ["Intake:Api:NamedKeys:loader:Scopes"] = "directory",
            ["Intake:Api:DirectoryMaxBodyBytes"] = "4096",
        });
        var loader = Client(host, "loader-key-9a7f1b");
        var valid = JsonContent.Create(new[] { Customer("NL-1", "C-1") });

        var answers = new[]
        {
            (await host.CreateClient().PostAsync(Route, valid), HttpStatusCode.Unauthorized),
            (await Client(host, "crm-key-5c2d8e").PostAsync(Route, valid), HttpStatusCode.Forbidden),
            (await loader.PostAsync(Route, new StringContent(CustomerCsvLine, Encoding.UTF8, "text/csv")), HttpStatusCode.UnsupportedMediaType),
            (await loader.PostAsync(Route, new StringContent("[]", Encoding.Latin1, "application/json")), HttpStatusCode.UnsupportedMediaType),
            (await loader.PostAsync(Route, new StringContent("""[{"accountNumber": """, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (await loader.PostAsync(Route, new StringContent("""{"customers": []}""", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (await loader.PostAsync(Route, Ndjson(new string(' ', 5000))), HttpStatusCode.RequestEntityTooLarge),
        };

        foreach (var (response, status) in answers)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(ApiScopes.Directory, (await answers[1].Item1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requiredScope").GetString());
        Assert.Equal(0, await host.Database.ScalarAsync<long>("SELECT count(*) FROM customer"));
        Assert.Equal(HttpStatusCode.OK, (await loader.PostAsync(Route, JsonContent.Create(new[] { Customer("NL-1", "C-1") }))).StatusCode);
    }

    private const string CustomerCsvLine = "account_number,name,contract_id,product,start_date\nNL-1,Jan,C-1,TV,2024-01-01\n";

    private static HttpClient Client(IntakeHostFactory host, string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyring.Header, key);
        return client;
    }

    /// <summary>A table's counts in the answer: total, inserted, updated, unchanged.</summary>
    internal static (long, long, long, long) Counted(JsonElement answer, string table)
    {
        var counts = answer.GetProperty(table);
        return (counts.GetProperty("total").GetInt64(), counts.GetProperty("inserted").GetInt64(),
            counts.GetProperty("updated").GetInt64(), counts.GetProperty("unchanged").GetInt64());
    }

    internal static (long, long) Counted(JsonElement answer, string table, string first, string second) =>
        (answer.GetProperty(table).GetProperty(first).GetInt64(), answer.GetProperty(table).GetProperty(second).GetInt64());

    /// <summary>The listed errors as "position field: reason", "-" for a problem with the record as a whole.</summary>
    private static List<string> Listed(JsonElement problem, string position) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty(position).GetInt32()} {e.GetProperty("field").GetString() ?? "-"}: {e.GetProperty("reason").GetString()}")
            .ToList();
}
