namespace Intake.Core.Model;

/// <summary>Why a customer leaves, as reported to the business.</summary>
public static class ReasonCodes
{
    public const string Moving = "moving";
    public const string Price = "price";
    public const string Service = "service";
    public const string Competitor = "competitor";
    public const string Deceased = "deceased";
    public const string NoLongerNeeded = "no_longer_needed";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Moving, Price, Service, Competitor, Deceased, NoLongerNeeded, Other];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
