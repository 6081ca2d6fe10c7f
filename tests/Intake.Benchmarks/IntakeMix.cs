using System.Globalization;
using System.Text.Json;

namespace Intake.Benchmarks;

/// <summary>
/// Makes the load: 5% re-deliveries of an earlier provider id, ~10% messages that are not cancellations,
/// senders mostly unknown (fresh email addresses and mobile numbers) and the rest seeded customers.
/// </summary>
internal sealed class IntakeMix(
    string runId, IReadOnlyList<SeededCustomer> customers, double formShare, int seed = 20261124, double redeliveryShare = 0.05)
{
    private const double NotCancellationShare = 0.10;
    private const double KnownCustomerShare = 0.20;
    private const int RecentKept = 4096;

    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly IntakeRequest?[] _recent = new IntakeRequest?[RecentKept];
    private long _sequence;

    public IntakeRequest Next()
    {
        lock (_gate)
        {
            if (_sequence > 0 && _random.NextDouble() < redeliveryShare)
            {
                var earlier = _recent[_random.Next((int)Math.Min(_sequence, RecentKept))]!;
                return earlier with { Redelivery = true };
            }
            var sequence = ++_sequence;
            var request = Fresh(sequence);
            _recent[(sequence - 1) % RecentKept] = request;
            return request;
        }
    }

    private IntakeRequest Fresh(long sequence)
    {
        var number = sequence.ToString(CultureInfo.InvariantCulture);
        var externalId = $"bench-{runId}-{number}";
        var text = _random.NextDouble() < NotCancellationShare
            ? Pick(IntakeTexts.NotCancellations)
            : Pick(IntakeTexts.Cancellations);
        string from;
        SeededCustomer? customer = null;
        if (customers.Count > 0 && _random.NextDouble() < KnownCustomerShare)
        {
            customer = customers[_random.Next(customers.Count)];
            from = _random.Next(2) == 0 ? customer.Email : customer.Phone;
            if (_random.Next(3) == 0) text += $" Klantnummer {customer.Account}.";
        }
        else
        {
            // Unknown senders: unique per message, so each opens its own case (the costliest path).
            from = _random.Next(5) < 3
                ? $"klant.{runId}.{number}@example.com"
                : "+316" + (20_000_000 + sequence % 70_000_000).ToString(CultureInfo.InvariantCulture);
        }
        if (_random.NextDouble() < formShare) return FormPost(externalId, from, customer);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { channel = IntakeRequest.Api, externalId, from, text });
        return new IntakeRequest(IntakeRequest.Api, externalId, body, [], false);
    }

    // The form is always a cancellation: that is all it is for. The key only names the page the poster loads.
    private IntakeRequest FormPost(string key, string from, SeededCustomer? customer)
    {
        var contact = from.Contains('@', StringComparison.Ordinal) ? "email" : "phone";
        List<KeyValuePair<string, string>> fields =
        [
            new("lang", _random.Next(4) == 0 ? "en" : "nl"), new("name", "Benchmark Klant"), new(contact, from),
            new("kind", "ordinary"), new("account", customer?.Account ?? ""),
        ];
        return new IntakeRequest(IntakeRequest.Web, key, [], fields, false);
    }

    private string Pick(string[] texts) => texts[_random.Next(texts.Length)];
}
