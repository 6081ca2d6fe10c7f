using System.Text.Json;
using Dapper;

namespace Intake.Storage.Postgres.Webcare;

/// <summary>The id, verification and status of a case locked FOR UPDATE.</summary>
internal sealed record LockedCaseKey(long Id, bool Verified, string Status);
