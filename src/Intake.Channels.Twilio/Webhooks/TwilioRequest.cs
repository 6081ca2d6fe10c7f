namespace Intake.Channels.Twilio.Webhooks;

/// <summary>A webhook post whose signature checked out: the raw body as it arrived, its form fields and the signed URL.</summary>
internal sealed record TwilioRequest(string Url, string ContentType, byte[] Body, IReadOnlyDictionary<string, string> Form, DateTimeOffset ReceivedAt)
{
    public string? this[string name] => Form.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public string Required(string name) => this[name] ?? throw new FormatException($"Twilio post without {name}.");
}
