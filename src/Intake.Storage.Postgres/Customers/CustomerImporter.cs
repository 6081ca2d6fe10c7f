using Dapper;
using Intake.Core.Customers;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Imports customer directory records (a CSV file, an API body) in one transaction: records are validated while they
/// stream into a COPY, then merged set-based. Any invalid record means nothing is written, unless invalid ones may be skipped.
/// </summary>
internal sealed class CustomerImporter(NpgsqlDataSource dataSource, TimeProvider time) : ICustomerDirectoryImport
{
    // Two imports at once would deadlock on each other's customers; the second waits for the first instead.
    private const long ImportLockKey = 0x1A7A_4E00_0C05;
    private const int ProgressEveryRows = 1024;

    public Task<ImportReport> ImportAsync(ICustomerRecordSource source, int maxErrorsKept, CancellationToken cancellationToken) =>
        ImportAsync(source, skipInvalid: false, maxErrorsKept, progress: null, cancellationToken);

    public async Task<ImportReport> ImportAsync(
        ICustomerRecordSource source, bool skipInvalid, int maxErrorsKept, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = ImportLockKey }, transaction, cancellationToken: cancellationToken));

            var (validRows, invalidRows, errors) = await StageAsync(source, connection, transaction, skipInvalid, maxErrorsKept, progress, cancellationToken);
            if ((invalidRows > 0 && !skipInvalid) || (validRows == 0 && invalidRows > 0))
            {
                // Disposing the transaction rolls back whatever was staged.
                return new ImportReport(false, validRows, invalidRows, errors, UpsertCounts.None, UpsertCounts.None, time.GetElapsedTime(started));
            }

            if (progress is not null) await progress.MergingAsync(validRows, cancellationToken);
            var (customers, contracts, identities) = await CustomerDirectoryMerge.RunAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportReport(true, validRows, invalidRows, errors, customers, contracts, time.GetElapsedTime(started)) { Identities = identities };
        }
        catch (UnreadableSourceException unreadable)
        {
            return ImportReport.Unreadable(unreadable.Error, time.GetElapsedTime(started));
        }
        finally
        {
            if (progress is not null) await progress.ClearAsync(CancellationToken.None);
        }
    }

    private static async Task<(int ValidRows, int InvalidRows, List<RowError> Errors)> StageAsync(
        ICustomerRecordSource source, NpgsqlConnection connection, NpgsqlTransaction transaction,
        bool skipInvalid, int maxErrorsKept, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var validator = new CustomerRowValidator(source.Naming);
        var errors = new List<RowError>();
        var (validRows, invalidRows, rows) = (0, 0, 0L);
        await using var staging = await CustomerStaging.BeginAsync(connection, transaction, cancellationToken);
        await foreach (var record in source.ReadAsync(cancellationToken))
        {
            if (validator.TryValidate(record, out var row, out var error))
            {
                validRows++;
                // Once the import is lost, keep validating to report every bad row, but stop sending rows.
                if (skipInvalid || invalidRows == 0) await staging.WriteAsync(row, cancellationToken);
            }
            else if (++invalidRows <= maxErrorsKept)
            {
                errors.Add(error);
            }
            if (progress is not null && ++rows % ProgressEveryRows == 0) await progress.ReadingAsync(rows, force: false, cancellationToken);
        }
        if (progress is not null) await progress.ReadingAsync(rows, force: true, cancellationToken);
        if (invalidRows == 0 || skipInvalid) await staging.CompleteAsync(cancellationToken);
        return (validRows, invalidRows, errors);
    }
}
