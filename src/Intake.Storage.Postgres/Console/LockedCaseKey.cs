using System.Text.Json;
using Dapper;
using Intake.Core.Console;

namespace Intake.Storage.Postgres.Console;

/// <summary>The id, verification and status of a case locked FOR UPDATE.</summary>
internal sealed record LockedCaseKey(long Id, bool Verified, string Status);
