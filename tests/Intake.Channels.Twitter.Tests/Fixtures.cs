using System.Text.Json;

namespace Intake.Channels.Twitter.Tests;

/// <summary>Real-shaped X payloads kept in Fixtures/.</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Bytes(name)).RootElement;
}
