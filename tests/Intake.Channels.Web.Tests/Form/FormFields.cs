namespace Intake.Channels.Web.Tests.Form;

/// <summary>What a customer types into the form in the tests.</summary>
public static class FormFields
{
    public static Dictionary<string, string> Jan(params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = "Jan Jansen",
            ["account"] = TestData.JanAccount,
            ["email"] = TestData.JanEmail,
            ["phone"] = "",
            ["contract"] = TestData.JanContract,
            ["product"] = "",
            ["contract_details"] = "",
            ["kind"] = "ordinary",
            ["reason"] = "",
            ["reason_text"] = "",
            ["date"] = "",
        };
        foreach (var (name, value) in changes) fields[name] = value;
        return fields;
    }
}
