namespace Intake.Benchmarks;

/// <summary>An intake the host acknowledged: the channel and provider message id it must be stored under.</summary>
internal sealed record AcceptedIntake(string Channel, string ProviderMessageId);
