using System.Net;
using System.Xml.Linq;
using Intake.Channels.Twilio.Tests.Fakes;

namespace Intake.Channels.Twilio.Tests.Voice;

/// <summary>One caller going through the IVR: posts each step signed, as Twilio would, and follows the action URLs.</summary>
public sealed class IvrCall(TwilioTestHost host, string callSid, string from)
{
    /// <summary>The TwiML of the last step.</summary>
    public XDocument Twiml { get; private set; } = new();

    public string Said => string.Join(" ", Twiml.Descendants("Say").Select(s => s.Value));

    public XElement? Gather => Twiml.Descendants("Gather").SingleOrDefault();

    public bool HungUp => Twiml.Descendants("Hangup").Any();

    public Task<XDocument> StartAsync() => PostAsync("/webhooks/twilio/voice", TwilioForms.Call(callSid, from));

    /// <summary>Answers the current Gather with keys (or words, or nothing: silence).</summary>
    public Task<XDocument> AnswerAsync(string? digits = null, string? speech = null)
    {
        var action = Gather?.Attribute("action")?.Value ?? throw new InvalidOperationException("No Gather to answer: " + Twiml);
        Assert.StartsWith(host.SignedBaseUrl, action, StringComparison.Ordinal);
        return PostAsync(action[host.SignedBaseUrl.Length..], TwilioForms.Call(callSid, from, digits, speech));
    }

    public Task<XDocument> HangUpAsync() => PostAsync("/webhooks/twilio/voice/status", TwilioForms.Call(callSid, from, callStatus: "completed"));

    public async Task<XDocument> PostAsync(string pathAndQuery, KeyValuePair<string, string>[] fields)
    {
        var response = await host.PostSignedAsync(pathAndQuery, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return Twiml;
    }
}
