using System.Text.Json.Serialization;

namespace Intake.Core.Voice;

/// <summary>One IVR step as recorded on the call: when, which step, the keys or words, and the raw post it came in.</summary>
public sealed record CallStep(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("step")] string Step,
    [property: JsonPropertyName("digits")] string? Digits,
    [property: JsonPropertyName("speech")] string? Speech,
    [property: JsonPropertyName("rawPayloadId")] long RawPayloadId)
{
    [JsonIgnore] public string? Language { get; init; }
    [JsonIgnore] public string? Choice { get; init; }
    [JsonIgnore] public bool SetAccount { get; init; }
    [JsonIgnore] public string? AccountNumber { get; init; }
}
