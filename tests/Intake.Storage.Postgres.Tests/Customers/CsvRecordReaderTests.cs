using Intake.Storage.Postgres.Customers;

namespace Intake.Storage.Postgres.Tests.Customers;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = await ReadAllAsync("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\"\",\"\"\"\"\n");

        Assert.Equal(["a", "b, c", "say \"hi\"", "two\nlines", "", "\""], Assert.Single(records).Fields);
    }

    [Fact]
    public async Task Each_record_knows_the_line_it_starts_on_whatever_the_line_ends()
    {
        var records = await ReadAllAsync("h1,h2\r\n1,\"x\r\ny\"\n\n2,z\r3,w");

        Assert.Equal([1, 2, 5, 6], records.Select(record => record.Line));
        Assert.Equal(["3", "w"], records[^1].Fields);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_empty_fields_are_kept()
    {
        var records = await ReadAllAsync("\n,\n\r\n,,\n");

        Assert.Equal([["", ""], ["", "", ""]], records.Select(record => record.Fields));
    }

    [Fact]
    public async Task A_quote_left_open_is_flagged_on_the_record_where_it_opened()
    {
        var records = await ReadAllAsync("a,b\nc,\"d\ne,f\n");

        Assert.Equal(2, records.Count);
        Assert.True(records[1].QuoteLeftOpen);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public async Task Fields_and_quotes_that_straddle_the_read_buffer_are_read_whole()
    {
        var longName = new string('x', 100_000);
        // The doubled quote and the CRLF land on either side of a 64K buffer boundary somewhere in here.
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{i},\"{longName[..(i % 97)]}\"\"q\"\"\",end\r\n")) + $"last,\"{longName}\",end";

        var records = await ReadAllAsync(text);

        Assert.Equal(3001, records.Count);
        Assert.All(records.Take(3000), (record, i) => Assert.Equal([i.ToString(), longName[..(i % 97)] + "\"q\"", "end"], record.Fields));
        Assert.Equal(["last", longName, "end"], records[^1].Fields);
        Assert.Equal(3001, records[^1].Line);
    }

    private static async Task<List<CsvRecord>> ReadAllAsync(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (await reader.ReadAsync(CancellationToken.None) is { } record) records.Add(record);
        return records;
    }
}
