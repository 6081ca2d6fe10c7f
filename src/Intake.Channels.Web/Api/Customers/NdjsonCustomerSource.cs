using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Intake.Core.Customers;

namespace Intake.Channels.Web.Api.Customers;

/// <summary>
/// An application/x-ndjson body: one customer record per line, read line by line as it arrives. A line that is not
/// JSON is an invalid record like any other; blank lines are skipped.
/// </summary>
internal sealed class NdjsonCustomerSource(Stream body) : ICustomerRecordSource
{
    /// <summary>No record comes near this; a longer line is not a record, and would otherwise be buffered whole.</summary>
    public const int MaxLineBytes = 64 * 1024;

    public CustomerRecordNaming Naming => CustomerJsonRecord.LineNaming;

    public async IAsyncEnumerable<CustomerRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(body);
        var line = 0;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                while (TakeLine(ref buffer, read.IsCompleted) is { } text)
                {
                    line++;
                    if (!IsBlank(text)) yield return Parse(text, line);
                }
                if (read.IsCompleted) yield break;
                if (buffer.Length > MaxLineBytes)
                    throw new UnreadableSourceException(new RowError(line + 1, $"the line is longer than {MaxLineBytes} bytes; send one customer record per line"));
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    /// <summary>The next complete line (the rest of the body once it has all arrived), or null to wait for more.</summary>
    private static ReadOnlySequence<byte>? TakeLine(ref ReadOnlySequence<byte> buffer, bool complete)
    {
        if (buffer.PositionOf((byte)'\n') is { } end)
        {
            var text = buffer.Slice(0, end);
            buffer = buffer.Slice(buffer.GetPosition(1, end));
            return text;
        }
        if (!complete || buffer.IsEmpty) return null;
        var rest = buffer;
        buffer = buffer.Slice(buffer.End);
        return rest;
    }

    private static CustomerRecord Parse(ReadOnlySequence<byte> text, int line)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return CustomerJsonRecord.Read(document.RootElement, line);
        }
        catch (JsonException)
        {
            return CustomerRecord.Broken(line, "the line is not one JSON object (or not UTF-8)");
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> text)
    {
        foreach (var segment in text)
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0) return false;
        return true;
    }
}
