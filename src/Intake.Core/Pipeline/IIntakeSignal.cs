namespace Intake.Core.Pipeline;

/// <summary>Told after an intake transaction committed outbox rows, so the dispatcher wakes at once.</summary>
public interface IIntakeSignal
{
    void OutboxWritten();
}
