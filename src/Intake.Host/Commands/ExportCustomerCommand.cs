
namespace Intake.Host.Commands;

/// <summary>`export-customer --account N | --address A [--out FILE]`: everything held about the subject as JSON. Exit 0, 2 unknown subject, 1 error.</summary>
public static class ExportCustomerCommand
{
    private const string Usage = "usage: export-customer --account ACCOUNT_NUMBER | --address EMAIL_PHONE_OR_X_USER_ID [--out FILE]";

    public static async Task<int> RunAsync(IPersonalDataExport export, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken)
    {
        if (SubjectArguments.Parse(args, allowOut: true) is not { } parsed)
        {
            await stderr.WriteLineAsync(Usage);
            return 1;
        }
        var result = await export.ExportAsync(parsed.Subject, cancellationToken);
        if (result.Outcome != SubjectOutcome.Done)
        {
            await stderr.WriteLineAsync(SubjectArguments.Explain(result.Outcome));
            return result.Outcome == SubjectOutcome.Unknown ? 2 : 1;
        }
        if (parsed.OutFile is null)
        {
            await stdout.WriteLineAsync(result.Json);
            return 0;
        }
        await File.WriteAllTextAsync(parsed.OutFile, result.Json + "\n", cancellationToken);
        await stdout.WriteLineAsync($"written to {parsed.OutFile}");
        return 0;
    }
}
