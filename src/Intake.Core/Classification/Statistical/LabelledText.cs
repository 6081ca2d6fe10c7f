namespace Intake.Core.Classification.Statistical;

/// <summary>A text with the intent a person gave it: one training example.</summary>
/// <remarks><paramref name="Text"/> is what the classifier reads (subject and new text); <paramref name="Whole"/> the message as received.</remarks>
internal sealed record LabelledText(string Text, string Intent, string Whole);
