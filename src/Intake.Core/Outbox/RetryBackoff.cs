namespace Intake.Core.Outbox;

/// <summary>Exponential delay before the next attempt, capped, with jitter so many retries do not arrive together.</summary>
public static class RetryBackoff
{
    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    /// <param name="minFactor">Lowest share of the capped delay the jitter may pick.</param>
    /// <param name="maxFactor">Highest share of the capped delay the jitter may pick.</param>
    public static TimeSpan Delay(int attempts, TimeSpan first, TimeSpan max, double minFactor, double maxFactor)
    {
        var exponential = first * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var capped = exponential < max ? exponential : max;
        return capped * (minFactor + Random.Shared.NextDouble() * (maxFactor - minFactor));
    }
}
