using System.Text.Json;
using Intake.Core.Configuration;

namespace Intake.Channels.Twilio.Voice;

/// <summary>The IVR's prompts per language (nl, en), loaded once from channel-config/voice.</summary>
internal sealed class VoicePromptBook
{
    public const string Dutch = "nl";
    public const string English = "en";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, VoicePrompts> _prompts = new(StringComparer.Ordinal);

    public VoicePromptBook(string channelConfigDirectory)
    {
        foreach (var language in new[] { Dutch, English })
        {
            var path = Path.Combine(channelConfigDirectory, "voice", language + ".json");
            _prompts[language] = JsonSerializer.Deserialize<VoicePrompts>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
    }

    public static VoicePromptBook FromConfig(string? configured) => new(ChannelConfigDirectory.Find(configured));

    public VoicePrompts For(string? language) => _prompts[language == English ? English : Dutch];

    public static string Normalise(string? language) => language == English ? English : Dutch;
}
