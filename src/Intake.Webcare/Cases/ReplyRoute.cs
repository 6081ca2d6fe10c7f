using Intake.Core.Identity;
using ChannelValues = Intake.Core.Model.Channels;

namespace Intake.Webcare.Cases;

/// <summary>
/// The channel a reply to a message goes out on, the way the pipeline's reply planner chooses it: the message's
/// own channel; a call is answered by SMS; web, API and manual intakes by email or SMS after the sender's address.
/// </summary>
internal static class ReplyRoute
{
    public static string ChannelFor(string messageChannel, string senderAddress) => messageChannel switch
    {
        ChannelValues.Voice => ChannelValues.Sms,
        ChannelValues.Web or ChannelValues.Api or ChannelValues.Manual =>
            SenderAddress.KindOf(senderAddress) == IdentityKinds.Phone ? ChannelValues.Sms : ChannelValues.Email,
        _ => messageChannel,
    };
}
