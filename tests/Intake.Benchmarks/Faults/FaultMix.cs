using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Benchmarks.Faults;

/// <summary>
/// The seeded stream a fault run replays: API calls and form posts (from <see cref="IntakeMix"/>), signed Twilio SMS
/// webhooks and signed X DM deliveries, with a share of re-deliveries of earlier ones. The same seed gives the same stream.
/// </summary>
internal sealed class FaultMix
{
    public const string Sms = "sms";
    public const string X = "x";
    private const double SmsShare = 0.25;
    private const double XShare = 0.15;
    private readonly Random _random;
    private readonly IntakeMix _intake;
    private readonly string _runId;
    private readonly double _redeliveryShare;
    private readonly List<IntakeRequest> _fresh = [];

    public FaultMix(int seed, string runId, IReadOnlyList<SeededCustomer> customers, double redeliveryShare)
    {
        _random = new Random(seed);
        _runId = runId;
        _redeliveryShare = redeliveryShare;
        // The mix's own re-deliveries are off: this class repeats from every channel.
        _intake = new IntakeMix(runId, customers, formShare: 0.2, seed: seed + 1, redeliveryShare: 0);
    }

    public IReadOnlyList<IntakeRequest> Take(int count) => [.. Enumerable.Range(0, count).Select(_ => Next())];

    private IntakeRequest Next()
    {
        if (_fresh.Count > 0 && _random.NextDouble() < _redeliveryShare)
            return _fresh[_random.Next(_fresh.Count)] with { Redelivery = true };
        var pick = _random.NextDouble();
        var number = (_fresh.Count + 1).ToString(CultureInfo.InvariantCulture);
        var request = pick < SmsShare ? TwilioSms(number)
            : pick < SmsShare + XShare ? XDirectMessage(number)
            : _intake.Next();
        _fresh.Add(request);
        return request;
    }

    private IntakeRequest TwilioSms(string number)
    {
        var sid = $"SM{_runId}{number.PadLeft(12, '0')}";
        List<KeyValuePair<string, string>> fields =
        [
            new("MessageSid", sid), new("AccountSid", ProviderSettings.TwilioAccountSid), new("From", "+3162" + number.PadLeft(7, '0')),
            new("To", "+3197010000009"), new("Body", Pick()), new("NumMedia", "0"),
        ];
        return new IntakeRequest(Sms, sid, [], fields, false);
    }

    private IntakeRequest XDirectMessage(string number)
    {
        var eventId = "17" + _runId + number.PadLeft(9, '0');
        var senderId = "4" + number.PadLeft(12, '0');
        var body = new JsonObject
        {
            ["for_user_id"] = ProviderSettings.XAccountId,
            ["direct_message_events"] = new JsonArray(new JsonObject
            {
                ["type"] = "message_create",
                ["id"] = eventId,
                ["created_timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                ["message_create"] = new JsonObject
                {
                    ["target"] = new JsonObject { ["recipient_id"] = ProviderSettings.XAccountId },
                    ["sender_id"] = senderId,
                    ["message_data"] = new JsonObject { ["text"] = Pick() },
                },
            }),
            ["users"] = new JsonObject { [senderId] = new JsonObject { ["id"] = senderId, ["screen_name"] = "klant" + number } },
        };
        return new IntakeRequest(X, eventId, JsonSerializer.SerializeToUtf8Bytes(body), [], false);
    }

    private string Pick() => _random.NextDouble() < 0.1
        ? IntakeTexts.NotCancellations[_random.Next(IntakeTexts.NotCancellations.Length)]
        : IntakeTexts.Cancellations[_random.Next(IntakeTexts.Cancellations.Length)];
}
