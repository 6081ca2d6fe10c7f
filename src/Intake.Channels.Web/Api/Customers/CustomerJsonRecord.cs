using System.Text.Json;
using Intake.Core.Customers;

namespace Intake.Channels.Web.Api.Customers;

/// <summary>
/// One customer record of the directory API: a JSON object whose properties are the CSV columns in camelCase
/// (accountNumber, startDate, ...). Values are strings; a number is read as written; null or absent is empty.
/// </summary>
internal static class CustomerJsonRecord
{
    private const int ShownLength = 40;

    /// <summary>The property of each <see cref="CustomerField"/>: accountNumber, name, email, ..., houseNumber.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues<CustomerField>().Select(field => JsonNamingPolicy.CamelCase.ConvertName(field.ToString())).ToArray();

    /// <summary>application/json: records are counted by their index in the array, from 0.</summary>
    public static CustomerRecordNaming ArrayNaming { get; } = new(Names, "index", "body");

    /// <summary>application/x-ndjson: records are counted by the line they are on, from 1.</summary>
    public static CustomerRecordNaming LineNaming { get; } = new(Names, "line", "body");

    private static readonly Dictionary<string, CustomerField> ByName =
        Enum.GetValues<CustomerField>().ToDictionary(field => Names[(int)field], StringComparer.OrdinalIgnoreCase);

    public static CustomerRecord Read(JsonElement element, int line)
    {
        if (element.ValueKind != JsonValueKind.Object) return CustomerRecord.Broken(line, "a customer record must be a JSON object");
        var values = Enumerable.Repeat("", Names.Count).ToArray();
        var problems = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (!ByName.TryGetValue(property.Name, out var field))
            {
                problems.Add($"unknown field \"{Shown(property.Name)}\" (expected {string.Join(", ", Names)})");
                continue;
            }
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String: values[(int)field] = value.GetString()!; break;
                case JsonValueKind.Number: values[(int)field] = value.GetRawText(); break;
                case JsonValueKind.Null: break;
                default: problems.Add($"{Names[(int)field]} must be a string"); break;
            }
        }
        return problems.Count > 0 ? CustomerRecord.Broken(line, string.Join("; ", problems)) : new CustomerRecord(line, values);
    }

    private static string Shown(string name) => name.Length > ShownLength ? name[..ShownLength] + "…" : name;
}
