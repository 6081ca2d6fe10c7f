using Intake.Core.Why;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intake.Storage.Postgres.Why;

/// <summary>Registers the PostgreSQL store behind the "why are you leaving?" page.</summary>
public static class WhyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IWhyAnswers"/>; needs an <c>NpgsqlDataSource</c> singleton.</summary>
    public static IServiceCollection AddPostgresWhyAnswers(this IServiceCollection services)
    {
        services.TryAddSingleton<IWhyAnswers, PostgresWhyAnswers>();
        return services;
    }
}
