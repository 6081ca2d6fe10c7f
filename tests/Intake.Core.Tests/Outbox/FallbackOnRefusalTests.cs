using Intake.Core.Outbox;

namespace Intake.Core.Tests.Outbox;

public sealed class FallbackOnRefusalTests
{
    private sealed class AnsweringSender(string channel, SendResult answer) : IReplySender
    {
        public string Channel { get; } = channel;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken) => Task.FromResult(answer);
    }

    private sealed class RecordingFallback : IReplyFallback
    {
        public List<(long Id, string Error)> Diverted { get; } = [];

        public Task DivertAsync(OutboundMessage refused, string error, CancellationToken cancellationToken)
        {
            Diverted.Add((refused.Id, error));
            return Task.CompletedTask;
        }
    }

    private static OutboundMessage Reply(long id, string channel) => new()
    {
        Id = id, CaseId = 1, CaseReference = "C-2026-000001", Kind = "confirmation", Channel = channel, Recipient = "+31612345678",
        Language = "nl", Body = "Bevestiging", Attempts = 1, CaseReceivedAt = DateTimeOffset.UnixEpoch, ClaimedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task Only_a_refusal_for_good_is_diverted_and_the_senders_result_stands()
    {
        var fallback = new RecordingFallback();
        var refused = SendResult.Permanent("21610 unsubscribed");

        Assert.Same(refused, await new FallbackOnRefusal(new AnsweringSender("sms", refused), fallback).SendAsync(Reply(1, "sms"), CancellationToken.None));
        await new FallbackOnRefusal(new AnsweringSender("sms", SendResult.Transient("timeout")), fallback).SendAsync(Reply(2, "sms"), CancellationToken.None);
        await new FallbackOnRefusal(new AnsweringSender("sms", SendResult.Sent("SM1")), fallback).SendAsync(Reply(3, "sms"), CancellationToken.None);

        Assert.Equal([(1L, "21610 unsubscribed")], fallback.Diverted);
    }

    [Fact]
    public void Around_wraps_the_sms_and_whatsapp_senders_only_and_nothing_without_a_fallback()
    {
        IReplySender[] senders = [.. new[] { "email", "sms", "whatsapp", "x", "manual" }.Select(c => new AnsweringSender(c, SendResult.Sent(null)))];

        var wrapped = FallbackOnRefusal.Around(senders, new RecordingFallback()).Where(s => s is FallbackOnRefusal).Select(s => s.Channel);

        Assert.Equal(["sms", "whatsapp"], wrapped);
        Assert.Equal(senders, FallbackOnRefusal.Around(senders, null));
    }
}
