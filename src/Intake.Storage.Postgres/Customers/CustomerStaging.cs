using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Intake.Storage.Postgres.Customers;

/// <summary>
/// A temporary table filled by binary COPY: rows stream in as they are validated, and the real tables are then
/// updated by a few set-based statements instead of a round trip per row.
/// </summary>
internal sealed class CustomerStaging : IAsyncDisposable
{
    private const string CreateSql = """
        CREATE TEMP TABLE import_row (
            line             integer NOT NULL,
            account_number   text    NOT NULL,
            name             text    NOT NULL,
            email            text,
            phone            text,
            x_user_id        text,
            contract_id      text    NOT NULL,
            product          text    NOT NULL,
            start_date       date    NOT NULL,
            minimum_term_end date,
            notice_period    text    NOT NULL,
            renewal          text    NOT NULL,
            time_zone        text    NOT NULL,
            concluded_on     date,
            postcode         text,
            house_number     text
        ) ON COMMIT DROP
        """;

    private const string CopySql = """
        COPY import_row (line, account_number, name, email, phone, x_user_id, contract_id, product,
                         start_date, minimum_term_end, notice_period, renewal, time_zone, concluded_on,
                                postcode, house_number)
        FROM STDIN (FORMAT BINARY)
        """;

    private readonly NpgsqlBinaryImporter _copy;

    private CustomerStaging(NpgsqlBinaryImporter copy) => _copy = copy;

    public static async Task<CustomerStaging> BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(CreateSql, transaction: transaction, cancellationToken: cancellationToken));
        return new CustomerStaging(await connection.BeginBinaryImportAsync(CopySql, cancellationToken));
    }

    public async Task WriteAsync(CustomerRow row, CancellationToken cancellationToken)
    {
        await _copy.StartRowAsync(cancellationToken);
        await _copy.WriteAsync(row.Line, NpgsqlDbType.Integer, cancellationToken);
        await _copy.WriteAsync(row.AccountNumber, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(row.Name, NpgsqlDbType.Text, cancellationToken);
        await WriteTextOrNullAsync(row.Email, cancellationToken);
        await WriteTextOrNullAsync(row.Phone, cancellationToken);
        await WriteTextOrNullAsync(row.XUserId, cancellationToken);
        await _copy.WriteAsync(row.ContractId, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(row.Product, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(row.StartDate, NpgsqlDbType.Date, cancellationToken);
        await WriteDateOrNullAsync(row.MinimumTermEnd, cancellationToken);
        await _copy.WriteAsync(row.NoticePeriod, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(row.Renewal, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(row.TimeZone, NpgsqlDbType.Text, cancellationToken);
        await WriteDateOrNullAsync(row.ConcludedOn, cancellationToken);
        await WriteTextOrNullAsync(row.Postcode, cancellationToken);
        await WriteTextOrNullAsync(row.HouseNumber, cancellationToken);
    }

    /// <summary>Ends the COPY; without this call, disposing cancels it and the rows never arrive.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) => await _copy.CompleteAsync(cancellationToken);

    public ValueTask DisposeAsync() => _copy.DisposeAsync();

    private Task WriteDateOrNullAsync(DateOnly? value, CancellationToken cancellationToken) =>
        value is { } date ? _copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken) : _copy.WriteNullAsync(cancellationToken);

    private Task WriteTextOrNullAsync(string? value, CancellationToken cancellationToken) =>
        value is null ? _copy.WriteNullAsync(cancellationToken) : _copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
}
