using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Core.Pipeline;

/// <summary>
/// The channel a reply to a message goes out on: the message's own channel; a call is confirmed in writing by SMS;
/// web, API and manual intakes by email or SMS after the sender's address, and a letter (a manual intake from a postal
/// address) by letter, on channel manual. The pipeline and staff replies share it.
/// </summary>
public static class ReplyChannels
{
    public static string For(string messageChannel, string senderAddress) => messageChannel switch
    {
        Channels.Voice => Channels.Sms,
        Channels.Web or Channels.Api or Channels.Manual => SenderAddress.KindOf(senderAddress) switch
        {
            IdentityKinds.Phone => Channels.Sms,
            IdentityKinds.Postal => Channels.Manual,
            _ => Channels.Email,
        },
        _ => messageChannel,
    };
}
