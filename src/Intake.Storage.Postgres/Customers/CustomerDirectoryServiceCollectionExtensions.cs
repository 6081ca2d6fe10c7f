using Intake.Core.Customers;

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
