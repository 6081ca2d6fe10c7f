using Intake.Core.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Storage.Postgres.Customers;

/// <summary>Registers the customer directory import on PostgreSQL; the host registers the NpgsqlDataSource.</summary>
public static class CustomerDirectoryServiceCollectionExtensions
{
    public static IServiceCollection AddPostgresCustomerDirectory(this IServiceCollection services)
    {
        services.AddSingleton<ICustomerDirectoryImport, CustomerImporter>();
        return services;
    }
}
