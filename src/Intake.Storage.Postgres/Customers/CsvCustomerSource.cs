using System.Runtime.CompilerServices;
using System.Text;
using Intake.Core.Customers;

namespace Intake.Storage.Postgres.Customers;

/// <summary>The records of a customer directory CSV: a header naming the columns, then one contract per record.</summary>
internal sealed class CsvCustomerSource(Stream csv) : ICustomerRecordSource
{
    // Refuse bytes that are not UTF-8 rather than storing replacement characters in names.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public CustomerRecordNaming Naming => CustomerCsvHeader.Naming;

    public async IAsyncEnumerable<CustomerRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = new StreamReader(csv, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var reader = new CsvRecordReader(text);
        if (!CustomerCsvHeader.TryParse(await NextAsync(reader, cancellationToken), out var header, out var headerError))
            throw new UnreadableSourceException(headerError);
        while (await NextAsync(reader, cancellationToken) is { } record)
            yield return header.ToRecord(record);
    }

    private static async ValueTask<CsvRecord?> NextAsync(CsvRecordReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the parser, so the bad bytes are on this line or a later one.
            throw new UnreadableSourceException(
                new RowError(reader.Line, "the file is not UTF-8 at or after this line; save it as UTF-8 (CSV UTF-8) and import again"));
        }
    }
}
