using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Intake.Testing;
using Xunit.Abstractions;

namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>Random and malformed customer files: the import never throws, answers with an exit code and a message, and stays all-or-nothing.</summary>
public sealed class CsvFuzzTests(ITestOutputHelper output)
{
    private const ulong Seed = 20261124;
    private const int Files = 150;

    // Field values that break CSV readers, validators and COPY: quotes, separators, line ends, NUL, huge, odd dates and zones.
    private static readonly string[] Values =
    [
        "", " ", "NL1001", "nl1001", "NL1002", "K-1", "K-2", "Jan de Vries", "jan@example.nl", "not-an-email", "+31612345678", "06 1234",
        "2024-01-01", "2024-02-30", "01-01-2024", "9999-12-31", "P1M", "P-1M", "1 maand", "monthly", "yearly", "weird",
        "Europe/Amsterdam", "Mars/Olympus", "\"", "\"\"", "\"quoted, with comma\"", "a\"b", ",", ";", "\t", "\n", "\r\n", "\r",
        "\0", "\u0001", "\uFEFF", "\u202e", "😀", "Zoë Ümit", "<script>", "=cmd|' /C calc'!A0", "'; DROP TABLE customer;--",
        new string('x', 70_000), "12345678901234567890",
    ];

    private static Gen<string> Row(int columns) =>
        from separator in Gen.Elements(",", ",", ";")
        from fields in Gen.ArrayOf(Gen.Elements(Values), columns)
        select string.Join(separator, fields);

    private static Gen<string> Header() => Gen.OneOf(
        Gen.Constant(CustomerCsv.Header),
        Gen.Shuffle(CustomerCsv.Header.Split(',')).Select(columns => string.Join(",", columns)),
        Gen.Elements(CustomerCsv.Header.ToUpperInvariant(), "\uFEFF" + CustomerCsv.Header, CustomerCsv.Header + ",extra,extra",
            CustomerCsv.Header.Replace("email,", "", StringComparison.Ordinal), "account_number,account_number,name", "", "\"", "a;b;c"));

    private static Gen<byte[]> CustomerFile() =>
        from header in Header()
        from count in Gen.Choose(0, 8)
        from rows in Gen.ArrayOf(Gen.Choose(0, 14).SelectMany(Row), count)
        from valid in Gen.Elements(0, 1, 2)
        from lineEnd in Gen.Elements("\n", "\r\n", "\r")
        from cut in Gen.Choose(0, 4)
        from damage in Gen.Elements("none", "invalid-utf8", "latin1", "truncate")
        select Damage(string.Join(lineEnd, [header, .. Enumerable.Range(0, valid).Select(i => CustomerCsv.Row($"NL90{i}", $"K-90{i}")), .. rows]) + lineEnd, damage, cut);

    private static byte[] Damage(string text, string damage, int cut) => damage switch
    {
        "invalid-utf8" => [.. Encoding.UTF8.GetBytes(text), 0xFF, 0xFE, 0xC3, (byte)'\n'],
        "latin1" => Encoding.Latin1.GetBytes(text.Replace("ë", "ë", StringComparison.Ordinal)),
        "truncate" => Encoding.UTF8.GetBytes(text)[..Math.Max(0, Encoding.UTF8.GetByteCount(text) - 1 - cut * 7 % Math.Max(1, text.Length))],
        _ => Encoding.UTF8.GetBytes(text),
    };

    [Fact]
    public async Task Random_and_malformed_customer_files_never_throw_and_a_refused_file_imports_nothing()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var files = CustomerFile().Sample(Files, new Rnd(Seed), 30);
        var exits = new Dictionary<int, int>();

        for (var i = 0; i < files.Length; i++)
        {
            var skipInvalid = i % 2 == 1;
            var before = await db.ScalarAsync<long>("SELECT count(*) + coalesce(sum(length(name)), 0) FROM customer");
            var run = await ImportRun.BytesAsync(db, files[i], skipInvalid ? ["--skip-invalid"] : []);
            var after = await db.ScalarAsync<long>("SELECT count(*) + coalesce(sum(length(name)), 0) FROM customer");

            exits[run.ExitCode] = exits.GetValueOrDefault(run.ExitCode) + 1;
            Assert.True(run.ExitCode is 0 or 1 or 2, $"file {i}: exit {run.ExitCode}\n{run.Output}");
            Assert.False(string.IsNullOrWhiteSpace(run.Output), $"file {i}: no message");
            if (run.ExitCode != 0)
            {
                Assert.Equal(before, after);
                Assert.False(string.IsNullOrWhiteSpace(run.Stderr), $"file {i}: refused without saying why\n{run.Output}");
            }
        }

        output.WriteLine($"csv fuzz: {files.Length} files (seed {Seed}); exit codes {string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key}×{e.Value}"))}; " +
                         $"{await db.ScalarAsync<long>("SELECT count(*) FROM customer")} customers stored");
    }
}
