namespace Intake.Storage.Postgres.Privacy;

/// <summary>What stands where personal text was: visible to staff, so they know it was removed on purpose.</summary>
internal static class PrivacyMarkers
{
    public const string Erased = "[erased on request]";
    public const string Purged = "[purged after the retention period]";
}
