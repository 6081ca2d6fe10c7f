using Intake.Core.Pipeline;

namespace Intake.Channels.Web.Tests.Form;

/// <summary>The real intake store, which fails like a broken database while <see cref="Broken"/> is set.</summary>
public sealed class BreakableIntakeStore(IIntakeStore real) : IIntakeStore
{
    public bool Broken { get; set; }

    public Task<IIntakeSession> BeginAsync(CancellationToken cancellationToken) =>
        Broken ? throw new InvalidOperationException("intake transaction refused") : real.BeginAsync(cancellationToken);
}
