using Hangfire;
using Intake.Host.Commands;
using Intake.Host.Database;
using Intake.Host.Intake;
using Intake.Host.Observability;
using Intake.Host.Outbox;
using Intake.Host.Web;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddIntakeDatabase();
builder.AddIntakeObservability();
builder.AddIntakeCore();
builder.AddOutboxDispatch();
builder.AddWebChannels();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapIntakeObservability();
app.MapWebChannels();
app.MapHangfireDashboard("/hangfire");
app.UseOutboxSweep();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
