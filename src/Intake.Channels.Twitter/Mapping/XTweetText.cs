using System.Text.RegularExpressions;

namespace Intake.Channels.Twitter.Mapping;

/// <summary>The customer's own words of a tweet: without the "@a @b" reply prefix X puts in front of replies.</summary>
internal static partial class XTweetText
{
    public static string OwnWords(string text)
    {
        var stripped = ReplyPrefix().Replace(text, "");
        // A tweet that is only mentions keeps them: staff still see what arrived.
        return stripped.Trim().Length == 0 ? text.Trim() : stripped.Trim();
    }

    /// <summary>A pure retweet carries no words of the retweeter: it is stored, as "other", never as their declaration.</summary>
    public static string Retweet(string retweetedId) => $"RT (repost of post {retweetedId}, without text of the sender's own)";

    [GeneratedRegex(@"^(\s*@\w{1,15})+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();
}
