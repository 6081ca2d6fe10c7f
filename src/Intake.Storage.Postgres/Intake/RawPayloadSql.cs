using Npgsql;

namespace Intake.Storage.Postgres.Intake;

/// <summary>The raw payload's insert and quarantine, shared by the intake transaction and the payload store.</summary>
internal static class RawPayloadSql
{
    private const int ReasonLimit = 2000;

    /// <summary>The insert, its values named (@RawChannel, …) so it can also lead the intake's message insert.</summary>
    public const string InsertSql =
        """
        INSERT INTO raw_payload (channel, provider_id, content_type, body, received_at, updated_at)
        VALUES (@RawChannel, @RawProviderId, @RawContentType, @RawBody, @RawReceivedAt, @RawReceivedAt) RETURNING id
        """;

    public static NpgsqlBatchCommand Insert(RawPayload payload)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        foreach (var (name, value) in Values(payload)) command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        return command;
    }

    /// <summary>The values of <see cref="InsertSql"/> by name.</summary>
    public static Dictionary<string, object?> Values(RawPayload payload) => new()
    {
        ["RawChannel"] = payload.Channel, ["RawProviderId"] = payload.ProviderId, ["RawContentType"] = payload.ContentType,
        ["RawBody"] = payload.Body, ["RawReceivedAt"] = payload.ReceivedAt.ToUniversalTime(),
    };

    /// <summary>An accepted payload stays accepted (a replay that failed again must not undo the first acceptance).</summary>
    public static NpgsqlBatchCommand Quarantine(long rawPayloadId, string reason, DateTimeOffset at) => Command(
        "UPDATE raw_payload SET status = 'quarantined', reason = $2, updated_at = $3 WHERE id = $1 AND status <> 'accepted'",
        rawPayloadId, reason.Length > ReasonLimit ? reason[..ReasonLimit] : reason, at.ToUniversalTime());

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
