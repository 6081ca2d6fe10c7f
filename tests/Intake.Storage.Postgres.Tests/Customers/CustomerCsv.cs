namespace Intake.Storage.Postgres.Tests.Customers;

/// <summary>Builds customer directory CSV text for tests, one readable call per row.</summary>
internal static class CustomerCsv
{
    public const string Header =
        "account_number,name,email,phone,x_user_id,contract_id,product,start_date,minimum_term_end,notice_period,renewal,time_zone";

    public static string Row(
        string account, string contract, string name = "Jan de Vries", string email = "", string phone = "", string x = "",
        string product = "Glasvezel 1000", string start = "2024-01-01", string termEnd = "", string notice = "",
        string renewal = "", string timeZone = "") =>
        string.Join(",", account, name, email, phone, x, contract, product, start, termEnd, notice, renewal, timeZone);

    /// <summary>A file: the header, then the rows, LF line ends.</summary>
    public static string File(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";
}
