using Dapper;

namespace Intake.Testing;

/// <summary>Searches every text, JSON, array and bytea column of every table of every schema (ours and Hangfire's) for given strings.</summary>
public static class PersonalDataScan
{
    /// <summary>"schema.table.column: needle" for every column holding a needle (case-insensitive); empty when none does.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(TestDatabase database, IEnumerable<string> needles)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var columns = await connection.QueryAsync<(string Schema, string Table, string Column, string Type)>(
            """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'bytea', 'ARRAY')
            """);
        var hits = new List<string>();
        foreach (var (schema, table, column, type) in columns)
        {
            var value = type switch
            {
                "bytea" => $"encode(\"{column}\", 'escape')",
                "ARRAY" => $"array_to_string(\"{column}\", ' ')",
                _ => $"\"{column}\"::text",
            };
            foreach (var needle in needles)
                if (await connection.ExecuteScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM \"{schema}\".\"{table}\" WHERE strpos(lower({value}), lower(@needle)) > 0)", new { needle }))
                    hits.Add($"{schema}.{table}.{column}: {needle}");
        }
        return hits;
    }
}
