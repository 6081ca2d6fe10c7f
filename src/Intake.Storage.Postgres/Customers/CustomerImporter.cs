using System.Text;
using Dapper;
using Npgsql;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// Imports a customer directory CSV in one transaction: rows are validated while they stream into a COPY,
/// then merged set-based. Any invalid row means nothing is written, unless invalid rows may be skipped.
/// </summary>
internal sealed class CustomerImporter(NpgsqlDataSource dataSource, TimeProvider time)
{
    // Two imports at once would deadlock on each other's customers; the second waits for the first instead.
    private const long ImportLockKey = 0x1A7A_4E00_0C05;
    private const int ProgressEveryRows = 1024;

    // Refuse bytes that are not UTF-8 rather than storing replacement characters in names.
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<ImportReport> ImportAsync(Stream csv, bool skipInvalid, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var text = new StreamReader(csv, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var reader = new CsvRecordReader(text);
        try
        {
            if (!CustomerCsvHeader.TryParse(await reader.ReadAsync(cancellationToken), out var header, out var headerError))
                return ImportReport.Unreadable(headerError, time.GetElapsedTime(started));

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = ImportLockKey }, transaction, cancellationToken: cancellationToken));

            var (validRows, errors) = await StageAsync(reader, header, csv, connection, transaction, skipInvalid, progress, cancellationToken);
            if ((errors.Count > 0 && !skipInvalid) || (validRows == 0 && errors.Count > 0))
            {
                // Disposing the transaction rolls back whatever was staged.
                return new ImportReport(false, validRows, errors, UpsertCounts.None, UpsertCounts.None, time.GetElapsedTime(started));
            }

            if (progress is not null) await progress.MergingAsync(validRows, cancellationToken);
            var (customers, contracts) = await CustomerDirectoryMerge.RunAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ImportReport(true, validRows, errors, customers, contracts, time.GetElapsedTime(started));
        }
        catch (DecoderFallbackException)
        {
            // The decoder reads ahead of the parser, so the bad bytes are on this line or a later one.
            return ImportReport.Unreadable(
                new RowError(reader.Line, "the file is not UTF-8 at or after this line; save it as UTF-8 (CSV UTF-8) and import again"),
                time.GetElapsedTime(started));
        }
        finally
        {
            if (progress is not null) await progress.ClearAsync(CancellationToken.None);
        }
    }

    private static async Task<(int ValidRows, List<RowError> Errors)> StageAsync(
        CsvRecordReader reader, CustomerCsvHeader header, Stream csv, NpgsqlConnection connection, NpgsqlTransaction transaction,
        bool skipInvalid, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var validator = new CustomerRowValidator(header);
        var errors = new List<RowError>();
        var validRows = 0;
        var rows = 0L;
        var totalBytes = csv.CanSeek ? csv.Length : 0;
        await using var staging = await CustomerStaging.BeginAsync(connection, transaction, cancellationToken);
        while (await reader.ReadAsync(cancellationToken) is { } record)
        {
            if (validator.TryValidate(record, out var row, out var error))
            {
                validRows++;
                // Once the import is lost, keep validating to report every bad row, but stop sending rows.
                if (skipInvalid || errors.Count == 0) await staging.WriteAsync(row, cancellationToken);
            }
            else
            {
                errors.Add(error);
            }
            if (progress is not null && ++rows % ProgressEveryRows == 0)
                await progress.ReadingAsync(rows, csv.CanSeek ? csv.Position : 0, totalBytes, force: false, cancellationToken);
        }
        if (progress is not null) await progress.ReadingAsync(rows, totalBytes, totalBytes, force: true, cancellationToken);
        if (errors.Count == 0 || skipInvalid) await staging.CompleteAsync(cancellationToken);
        return (validRows, errors);
    }
}
