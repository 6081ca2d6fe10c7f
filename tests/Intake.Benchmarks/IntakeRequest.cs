namespace Intake.Benchmarks;

/// <summary>
/// One intake of the load: an API call (<see cref="Body"/> is its JSON) or a web form post (<see cref="Form"/> holds
/// its fields), keyed by <see cref="Key"/>; a re-delivery repeats an earlier one exactly.
/// </summary>
internal sealed record IntakeRequest(string Channel, string Key, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Form, bool Redelivery)
{
    public const string Api = "api";
    public const string Web = "web";
}
