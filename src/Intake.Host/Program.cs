using Intake.Channels.Email;
using Intake.Channels.Twilio;
using Intake.Channels.Twitter;
using Intake.Channels.Web.Api;
using Intake.Host.Alerts;
using Intake.Host.Commands;
using Intake.Host.Database;
using Intake.Host.Events;
using Intake.Host.Intake;
using Intake.Host.Jobs;
using Intake.Host.Observability;
using Intake.Host.Outbox;
using Intake.Host.Privacy;
using Intake.Host.Web;
using Intake.Webcare;

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddIntakeDatabase();
builder.AddIntakeObservability();
builder.AddIntakeCore();
builder.AddOutboxDispatch();
builder.AddRecurringJobs();
builder.AddIntakeEvents();
builder.AddIntakeAlerts();
builder.AddIntakePrivacy();
builder.AddWebChannels();
builder.AddIntakeOpenApi();
builder.AddEmailChannel();
builder.AddTwilioChannel();
builder.AddXChannel();
builder.AddWebcare();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseIntakeRateLimits();
app.MapIntakeObservability();
app.MapWebChannels();
app.MapPrivacyApi();
app.MapIntakeOpenApi();
app.MapTwilioWebhooks();
app.MapXWebhooks();
app.MapWebcare();
app.UseOutboxSweep();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
