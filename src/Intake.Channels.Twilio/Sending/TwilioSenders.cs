using Intake.Core.Contacts;
using Intake.Core.Observability;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Channels.Twilio.Sending;

/// <summary>
/// Composes a channel's sender: the SMS recipient guard around the REST sender. A refusal's fallback to the email on file
/// is Core's <see cref="FallbackOnRefusal"/>, which the outbox dispatcher puts around it.
/// </summary>
internal static class TwilioSenders
{
    public static IReplySender Create(IServiceProvider services, string channel)
    {
        var options = services.GetRequiredService<IOptions<TwilioOptions>>();
        IReplySender sender = new TwilioReplySender(channel, services.GetRequiredService<TwilioMessagesApi>(),
            services.GetRequiredService<IContactHistory>(), services.GetRequiredService<ChannelHeartbeats>(), options,
            services.GetRequiredService<TimeProvider>());
        if (channel == ChannelValues.Sms) sender = new SmsRecipientGuard(sender, services.GetRequiredService<ISmsOptOuts>(), options);
        return sender;
    }
}
