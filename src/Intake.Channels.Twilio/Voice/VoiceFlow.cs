using Intake.Channels.Twilio.Webhooks;
using Intake.Core.Languages;
using Intake.Core.Voice;

namespace Intake.Channels.Twilio.Voice;

/// <summary>
/// The IVR: menu (1 cancel, 2 callback, 0 other, a language's key from channel-config/voice: 9 English, 8 German), account number by keypad or "don't know", confirm by key,
/// then the caller hears the reference and receipt time. Every step's post is stored raw before it is acted on.
/// </summary>
internal sealed class VoiceFlow(VoicePromptBook book, CallerInput input, ICallRecords calls, CallIntake intake, IRawPayloadStore raw)
{
    public async Task<string> IncomingAsync(TwilioRequest request, string baseUrl, CancellationToken cancellationToken)
    {
        var rawId = await SaveRawAsync(request, cancellationToken);
        await calls.StepAsync(request.Required("CallSid"), Caller(request), new CallStep("incoming", request.ReceivedAt, "incoming", null, null, rawId), cancellationToken);
        return new VoiceScreens(book, baseUrl).Menu(SupportedLanguages.Default, 0, welcome: true);
    }

    public async Task<string> MenuAsync(TwilioRequest request, string baseUrl, string language, int attempt, CancellationToken cancellationToken)
    {
        var screens = new VoiceScreens(book, baseUrl);
        var say = book.For(language);
        var key = input.MenuKey(request["Digits"], request["SpeechResult"], request.ReceivedAt);
        var choice = key switch { "1" => CallChoices.Cancel, "2" => CallChoices.Callback, "0" => CallChoices.Other, _ => null };
        var call = await StepAsync(request, $"menu:{language}:{attempt}", "menu", cancellationToken, language, choice);
        if (book.LanguageChosenBy(key) is { } chosen) return screens.Menu(chosen, 0, welcome: false);
        switch (key)
        {
            case "1":
                return screens.Account(language, 0);
            case "2":
                var callback = await intake.TakeInAsync(call, CallChoices.Callback, cancellationToken);
                return callback.CaseReference is null ? screens.Farewell(language, say.Failed)
                    : screens.Farewell(language, say.Fill(say.Callback, callback.CaseReference, callback.CallbackDue));
            case "0":
                await calls.FinishAsync(call.CallSid, CallChoices.Other, null, null, request.ReceivedAt, cancellationToken);
                return screens.Farewell(language, say.Other);
        }
        var problem = key == "" ? say.NoInput : say.Invalid;
        return attempt + 1 < VoiceScreens.MaxAttempts ? screens.Menu(language, attempt + 1, welcome: false, problem) : screens.Farewell(language, problem);
    }

    public async Task<string> AccountAsync(TwilioRequest request, string baseUrl, string language, int attempt, CancellationToken cancellationToken)
    {
        var screens = new VoiceScreens(book, baseUrl);
        var say = book.For(language);
        var account = CallerInput.AccountNumber(request["Digits"], request["SpeechResult"], out var silent);
        var key = $"account:{language}:{attempt}";
        if (account is null && attempt + 1 < VoiceScreens.MaxAttempts)
        {
            await StepAsync(request, key, "account", cancellationToken, language);
            return screens.Account(language, attempt + 1, silent ? say.NoInput : say.Invalid);
        }
        // After the last attempt the declaration still stands: we look the caller up by number.
        await StepAsync(request, key, "account", cancellationToken, language, setAccount: true, account: string.IsNullOrEmpty(account) ? null : account);
        return screens.Confirm(language, 0, string.IsNullOrEmpty(account) ? say.AccountUnknown : say.Fill(say.AccountRead, digits: account));
    }

    public async Task<string> ConfirmAsync(TwilioRequest request, string baseUrl, string language, int attempt, CancellationToken cancellationToken)
    {
        var screens = new VoiceScreens(book, baseUrl);
        var say = book.For(language);
        var digits = request["Digits"];
        var call = await StepAsync(request, $"confirm:{language}:{attempt}", "confirm", cancellationToken, language);
        if (digits == "2") return screens.Account(language, 0);
        if (digits != "1" && attempt + 1 < VoiceScreens.MaxAttempts)
            return screens.Confirm(language, attempt + 1, string.IsNullOrEmpty(digits) ? say.NoInput : say.Invalid);

        var outcome = digits == "1" ? CallChoices.Confirmed : CallChoices.Unconfirmed;
        var taken = await intake.TakeInAsync(call, outcome, cancellationToken);
        if (taken.CaseReference is null) return screens.Farewell(language, say.Failed);
        return outcome == CallChoices.Confirmed
            ? screens.Farewell(language, say.Fill(say.Received, taken.CaseReference, taken.ReceivedAt), say.WrittenFollows)
            : screens.Farewell(language, say.Fill(say.Unconfirmed, taken.CaseReference, taken.ReceivedAt));
    }

    /// <summary>The call ended: a caller who chose "cancel" and hung up before confirming still leaves a case for review.</summary>
    public async Task CallEndedAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request["CallStatus"] is not ("completed" or "busy" or "failed" or "no-answer" or "canceled")) return;
        if (await calls.FindAsync(request.Required("CallSid"), cancellationToken) is { Choice: CallChoices.Cancel, FinishedAt: null } call)
            await intake.TakeInAsync(call, CallChoices.Unconfirmed, cancellationToken);
    }

    private async Task<CallRecord> StepAsync(TwilioRequest request, string key, string step, CancellationToken cancellationToken,
        string? language = null, string? choice = null, bool setAccount = false, string? account = null)
    {
        var rawId = await SaveRawAsync(request, cancellationToken);
        // The key makes a retried webhook one step, while a re-entry after "2" is a step of its own.
        key = $"{key}:{request["Digits"]}:{request["SpeechResult"]}";
        var entry = new CallStep(key, request.ReceivedAt, step, request["Digits"], request["SpeechResult"], rawId)
        {
            Language = language, Choice = choice, SetAccount = setAccount, AccountNumber = account,
        };
        return await calls.StepAsync(request.Required("CallSid"), Caller(request), entry, cancellationToken);
    }

    private async Task<long> SaveRawAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var rawId = await raw.SaveAsync(new RawPayload("twilio", request["CallSid"], request.ContentType, request.Body, request.ReceivedAt), cancellationToken);
        if (request["CallSid"] is not null) return rawId;
        // No call to record the step on: kept with the reason for staff, and the post is answered 400.
        await raw.QuarantineAsync(rawId, "voice webhook without CallSid", cancellationToken);
        throw new FormatException("Twilio voice post without CallSid.");
    }

    private static string Caller(TwilioRequest request) => request["From"] ?? request["Caller"] ?? "withheld";
}
