using Npgsql;

namespace Intake.Storage.Postgres.Intake;

/// <summary>Opens the intake transaction on PostgreSQL.</summary>
public sealed class PostgresIntakeStore : IIntakeStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresIntakeStore(NpgsqlDataSource dataSource)
    {
        DapperTypes.Register();
        _dataSource = dataSource;
    }

    public async Task<IIntakeSession> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PostgresIntakeSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
