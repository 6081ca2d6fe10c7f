namespace Intake.Core.OtherMessages;

/// <summary>Of <see cref="Other"/> messages the classifier filed as other, staff turned <see cref="Reclassified"/> into cancellations.</summary>
public sealed record MissRate(int Reclassified, int Other)
{
    /// <summary>The share in percent; 0 when there were none.</summary>
    public double Percent => Other == 0 ? 0 : 100.0 * Reclassified / Other;
}
