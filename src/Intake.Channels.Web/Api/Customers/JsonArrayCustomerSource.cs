using System.Runtime.CompilerServices;
using System.Text.Json;
using Intake.Core.Customers;

namespace Intake.Channels.Web.Api.Customers;

/// <summary>An application/json body: one array of customer records, read element by element as it arrives.</summary>
internal sealed class JsonArrayCustomerSource(Stream body) : ICustomerRecordSource
{
    public CustomerRecordNaming Naming => CustomerJsonRecord.ArrayNaming;

    public async IAsyncEnumerable<CustomerRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await using var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (await NextAsync(elements))
            yield return CustomerJsonRecord.Read(elements.Current, index++);
    }

    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<JsonElement> elements)
    {
        try
        {
            return await elements.MoveNextAsync();
        }
        catch (JsonException broken)
        {
            // The parser's message may quote the body; the place is enough to find the fault.
            throw new UnreadableSourceException(new RowError((int)(broken.LineNumber ?? 0) + 1,
                $"the body is not a JSON array of customer records (broken at byte {broken.BytePositionInLine + 1} of this line)"));
        }
    }
}
