namespace Intake.Core.Classification.Statistical;

/// <summary>A text with the intent a person gave it: one training example.</summary>
internal sealed record LabelledText(string Text, string Intent);
