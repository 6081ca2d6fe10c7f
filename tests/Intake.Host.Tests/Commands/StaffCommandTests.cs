using Intake.Host.Commands;
using Intake.Storage.Postgres.Console;
using Intake.Testing;

namespace Intake.Host.Tests.Commands;

public sealed class StaffCommandTests
{
    [Fact]
    public async Task Deactivate_staff_and_reactivate_staff_run_from_the_host_command_line()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        await using var _ = database;
        Assert.Equal(0, await AddStaffCommand.RunAsync(new PostgresStaffUsers(database.DataSource), ["--email", "leaver@staff.example", "--role", "agent"],
            TextReader.Null, TextWriter.Null, TextWriter.Null, CancellationToken.None));

        var deactivated = await HostCommand.RunAsync(database.ConnectionString, "deactivate-staff", "leaver@staff.example");
        Assert.True(deactivated.Exit == 0, deactivated.Output);
        Assert.False(await database.ScalarAsync<bool>("SELECT active FROM staff_user WHERE email = 'leaver@staff.example'"));

        var reactivated = await HostCommand.RunAsync(database.ConnectionString, "reactivate-staff", "leaver@staff.example");
        Assert.Equal((0, true), (reactivated.Exit, await database.ScalarAsync<bool>("SELECT active FROM staff_user WHERE email = 'leaver@staff.example'")));
        Assert.Equal(2, await database.ScalarAsync<long>("SELECT count(*) FROM staff_event WHERE actor = 'command-line'"));
        Assert.Equal(1, (await HostCommand.RunAsync(database.ConnectionString, "deactivate-staff", "nobody@staff.example")).Exit);
    }
}
