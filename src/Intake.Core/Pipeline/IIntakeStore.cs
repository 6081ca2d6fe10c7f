namespace Intake.Core.Pipeline;

/// <summary>Opens the one transaction in which a message is accepted.</summary>
public interface IIntakeStore
{
    Task<IIntakeSession> BeginAsync(CancellationToken cancellationToken);
}
