using Intake.Core.Classification;
using Intake.Core.Configuration;
using Intake.Core.EffectiveDates;
using Intake.Core.Observability;
using Intake.Core.Outbox;
using Intake.Core.Pipeline;
using Intake.Core.Templates;
using Intake.Storage.Postgres.Cases;
using Intake.Storage.Postgres.Intake;
using Intake.Storage.Postgres.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Testing;

/// <summary>The real intake path (pipeline, gateway, stores, dispatcher) over a fresh test database.</summary>
public sealed class IntakeHarness(TestDatabase database, TimeProvider time, IReadOnlyList<IReplySender> senders) : IIntakeSignal
{
    private static readonly ReplyTemplates DefaultTemplates = new(Path.Combine(ChannelConfigDirectory.Find(), "templates"));
    private static readonly IntakeMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
    private int _signals;

    public TestDatabase Database { get; } = database;
    public int Signals => _signals;
    public PostgresRawPayloadStore RawPayloads { get; } = new(database.DataSource, time);
    public PostgresCaseQueries Cases { get; } = new(database.DataSource);
    public PostgresOutboxStore Outbox { get; } = new(database.DataSource, time);
    public OutboxOptions OutboxOptions { get; } = new() { FirstRetryDelay = TimeSpan.Zero, MaxRetryDelay = TimeSpan.Zero };

    /// <summary>The reply templates the pipeline renders; a test may swap in broken ones to make the transaction fail.</summary>
    public ReplyTemplates Templates { get; set; } = DefaultTemplates;

    public IntakePipeline Pipeline => new(new PostgresIntakeStore(Database.DataSource), TestClassification.Classifier, TestClassification.Net, new EffectiveDateCalculator(),
        Templates, this, Metrics, new PipelineOptions(), time);

    public IntakeGateway Gateway => new(RawPayloads, new PostgresIntakeStore(Database.DataSource), Pipeline, Metrics, time, NullLogger<IntakeGateway>.Instance);

    public OutboxDispatcher Dispatcher => DispatcherOver(Outbox);

    /// <summary>A dispatcher over another view of the outbox, e.g. one that fails like a restarting database.</summary>
    public OutboxDispatcher DispatcherOver(IOutboxStore store) => new(store, senders, OutboxOptions, Metrics, time, NullLogger<OutboxDispatcher>.Instance, Fallback);

    /// <summary>Where the dispatcher diverts a reply refused for good, as the host's does; none unless a test sets one.</summary>
    public IReplyFallback? Fallback { get; init; }

    public static async Task<IntakeHarness> CreateAsync(TimeProvider? time = null, params IReplySender[] senders) =>
        new(await PostgresServer.CreateDatabaseAsync(), time ?? TimeProvider.System, senders);

    public void OutboxWritten() => Interlocked.Increment(ref _signals);
}
