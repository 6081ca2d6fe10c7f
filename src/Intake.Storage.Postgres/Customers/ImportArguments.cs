using System.Diagnostics.CodeAnalysis;

namespace Intake.Storage.Postgres.Customers;

/// <summary>The command line of import-customers: <c>FILE.csv [--skip-invalid]</c>.</summary>
internal sealed record ImportArguments(string Path, bool SkipInvalid)
{
    public const string SkipInvalidOption = "--skip-invalid";

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out ImportArguments? arguments, [NotNullWhen(false)] out string? problem)
    {
        arguments = null;
        string? path = null;
        var skipInvalid = false;
        foreach (var arg in args)
        {
            if (arg == SkipInvalidOption) skipInvalid = true;
            else if (arg.StartsWith('-') && arg.Length > 1) { problem = $"unknown option {arg}"; return false; }
            else if (path is null) path = arg;
            else { problem = "only one file can be imported at a time"; return false; }
        }

        if (path is null) problem = "no file given";
        else if (!File.Exists(path)) problem = $"file not found: {path}";
        else
        {
            problem = null;
            arguments = new ImportArguments(path, skipInvalid);
            return true;
        }
        return false;
    }
}
