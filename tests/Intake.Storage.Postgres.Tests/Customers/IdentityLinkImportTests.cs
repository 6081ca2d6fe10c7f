using Intake.Core.Identity;
using Intake.Testing;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class IdentityLinkImportTests
{
    private const string Links = "SELECT l.kind || ' ' || l.value || ' ' || l.verified FROM identity_link l ORDER BY 1";

    [Fact]
    public async Task Account_email_phone_and_x_links_are_created_verified()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row(" nl-100232 ", "C-1", email: "F.ElAmrani@Example.NL", phone: "06-23456789", x: "1502938475610293847"),
            CustomerCsv.Row("NL-100232", "C-2", email: "F.ElAmrani@Example.NL", phone: "06-23456789", x: "1502938475610293847")));

        Assert.Equal(
            ["account NL-100232 true", "email f.elamrani@example.nl true", "phone +31623456789 true", "x 1502938475610293847 true"],
            await db.QueryAsync<string>(Links));
    }

    [Fact]
    public async Task Every_identity_kind_is_importable()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        await ImportRun.CsvAsync(db, $"{CustomerCsv.Header},postcode,house_number\n" +
            $"{CustomerCsv.Row("NL-1", "C-1", email: "jan@example.nl", phone: "0612345678", x: "1502938475610293847")},1234 AB,12\n");

        Assert.Equal(IdentityKinds.All.Order(StringComparer.Ordinal), await db.QueryAsync<string>("SELECT kind FROM identity_link WHERE verified ORDER BY kind COLLATE \"C\""));
    }

    [Fact]
    public async Task Links_without_a_value_are_not_created()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        await ImportRun.CsvAsync(db, CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1")));

        Assert.Equal(["account NL-1 true"], await db.QueryAsync<string>(Links));
    }

    [Fact]
    public async Task A_changed_email_or_phone_replaces_the_old_link_and_a_removed_one_drops_it()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1", email: "oud@example.nl", phone: "+31 6 1234 5678", x: "42")));

        await ImportRun.CsvAsync(db, CustomerCsv.File(
            CustomerCsv.Row("NL-1", "C-1", email: "nieuw@example.nl", phone: "+31 6 8765 4321")));

        Assert.Equal(["account NL-1 true", "email nieuw@example.nl true", "phone +31687654321 true"], await db.QueryAsync<string>(Links));
        Assert.Equal("nieuw@example.nl +31687654321 -", await db.ScalarAsync<string>(
            "SELECT concat_ws(' ', email, phone, coalesce(x_user_id, '-')) FROM customer"));
    }

    [Fact]
    public async Task Links_made_elsewhere_survive_a_reimport_and_are_confirmed_when_the_file_names_them()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await ImportRun.CsvAsync(db, CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1", email: "jan@example.nl")));
        await db.ExecuteAsync("""
            INSERT INTO identity_link (kind, value, customer_id, verified)
            SELECT kind, value, id, false FROM customer, (VALUES ('email', 'privé@example.nl'), ('phone', '+31611112222')) v(kind, value)
            """);

        await ImportRun.CsvAsync(db, CustomerCsv.File(CustomerCsv.Row("NL-1", "C-1", email: "jan@example.nl", phone: "+31611112222")));

        Assert.Equal(
            ["account NL-1 true", "email jan@example.nl true", "email privé@example.nl false", "phone +31611112222 true"],
            await db.QueryAsync<string>(Links));
    }
}
