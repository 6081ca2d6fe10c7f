using Intake.Core.Classification;
using Intake.Core.Classification.SafetyNet;
using Intake.Core.Configuration;
using Intake.Core.EffectiveDates;
using Intake.Core.Observability;
using Intake.Core.Templates;
using Intake.Storage.Postgres;
using Intake.Storage.Postgres.Customers;

namespace Intake.Host.Intake;

/// <summary>Registers the intake path: classifier, templates, effective dates, pipeline, gateway and stores.</summary>
internal static class IntakeServicesExtensions
{
    public static IHostApplicationBuilder AddIntakeCore(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var channelConfig = ChannelConfigDirectory.Find(builder.Configuration["Intake:ChannelConfigPath"]);
        services.AddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<IntakeMetrics>();
        services.AddSingleton<ChannelHeartbeats>();
        builder.AddSettings<PipelineOptions>("Intake:Pipeline");
        services.Configure<ClassifierOptions>(builder.Configuration.GetSection("Intake:Classifier"));
        services.AddSingleton(_ => PhraseBook.Load(Path.Combine(channelConfig, "intents")));
        // The model trains on channel-config/training at start (well under a second); nothing is downloaded.
        services.AddSingleton<IIntentClassifier>(sp => ModelAssistedIntentClassifier.Create(
            sp.GetRequiredService<PhraseBook>(), sp.GetRequiredService<CancellationSafetyNet>(),
            Path.Combine(channelConfig, ModelAssistedIntentClassifier.TrainingDirectory),
            sp.GetRequiredService<IOptions<ClassifierOptions>>().Value.CancelThreshold,
            sp.GetRequiredService<IOptions<ClassifierOptions>>().Value.CueCancelThreshold));
        services.AddSingleton(sp => new CancellationSafetyNet(
            sp.GetRequiredService<PhraseBook>(), sp.GetRequiredService<IOptions<ClassifierOptions>>().Value.OtherThreshold));
        services.AddSingleton(_ => new ReplyTemplates(Path.Combine(channelConfig, "templates")));
        services.AddSingleton<EffectiveDateCalculator>();
        services.AddSingleton<IntakePipeline>();
        services.AddSingleton<IntakeGateway>();
        services.AddSingleton<QuarantineReplayer>();
        services.AddPostgresStorage();
        services.AddPostgresCustomerDirectory();
        return builder;
    }
}
