using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Intake.Documents;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces embedded in this assembly, whatever fonts the machine has (a fresh Debian has no
/// Windows fonts, and PDFsharp 6 finds none by itself). Every family name resolves to it: our PDFs ask only for this one.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global and may be set only once).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver) GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is shipped: PDFsharp slants the upright one.
        new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Intake.Documents.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded in {typeof(EmbeddedFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
