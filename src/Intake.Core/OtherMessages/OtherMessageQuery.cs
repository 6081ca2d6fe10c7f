namespace Intake.Core.OtherMessages;

/// <summary>
/// A look into the queue: <see cref="Search"/> matches a sender (email, phone in any notation, X handle or user id) or
/// a fragment of the text; <see cref="Reviewed"/> shows the messages staff already marked instead of those still waiting.
/// </summary>
public sealed record OtherMessageQuery(string? Search, string? Channel, bool Reviewed, int Limit);
