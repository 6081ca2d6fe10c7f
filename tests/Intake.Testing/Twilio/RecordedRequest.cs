namespace Intake.Testing.Twilio;

/// <summary>One request the fake received.</summary>
public sealed record RecordedRequest(string AccountSid, IReadOnlyDictionary<string, string> Form, bool Authorized, string UserAgent);
