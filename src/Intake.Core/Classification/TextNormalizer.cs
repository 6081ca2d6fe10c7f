using System.Globalization;
using System.Text;

namespace Intake.Core.Classification;

/// <summary>Turns customer text and phrase-file cues into the same comparable keys.</summary>
internal static class TextNormalizer
{
    /// <summary>Lower-case, ß→ss, diacritics stripped, apostrophes inside words removed ("don't" → "dont").</summary>
    public static string Normalize(string text)
    {
        var decomposed = text
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("ẞ", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        // The result is never longer than the decomposed text: built in one buffer, copied once into the string.
        Span<char> builder = decomposed.Length <= 1024 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (IsApostrophe(c) && IsWordChar(decomposed, i - 1) && IsWordChar(decomposed, i + 1))
            {
                continue;
            }

            builder[length++] = char.ToLowerInvariant(c);
        }

        return new string(builder[..length]).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// German umlauts are also typed as ae/oe/ue ("kuendigen"); folding both spellings onto one key lets them
    /// meet. Applied to cues and text alike, so Dutch "hoe" → "ho" is harmless: both sides fold the same way.
    /// </summary>
    public static string Fold(string normalized) => normalized
        .Replace("ae", "a", StringComparison.Ordinal)
        .Replace("oe", "o", StringComparison.Ordinal)
        .Replace("ue", "u", StringComparison.Ordinal);

    public static string ToKey(string text) => Fold(Normalize(text));

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or '´';

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetter(text[index]);
}
