using MailKit;

namespace Intake.Channels.Email.Imap;

/// <summary>Notices new mail announced by the server at any moment (during a sync too), so none waits for the next IDLE refresh.</summary>
internal sealed class MailArrivals : IDisposable
{
    private readonly IMailFolder _folder;
    private volatile bool _pending;
    private Action? _onArrival;

    public MailArrivals(IMailFolder folder)
    {
        _folder = folder;
        _folder.CountChanged += OnCountChanged;
    }

    public bool Pending => _pending;

    public void Reset() => _pending = false;

    /// <summary>Runs <paramref name="action"/> on the next arrival (it ends an IDLE); disposing the result stops that.</summary>
    public IDisposable OnArrival(Action action)
    {
        _onArrival = action;
        return new Registration(this);
    }

    public void Dispose() => _folder.CountChanged -= OnCountChanged;

    private void OnCountChanged(object? sender, EventArgs e)
    {
        _pending = true;
        _onArrival?.Invoke();
    }

    private sealed class Registration(MailArrivals owner) : IDisposable
    {
        public void Dispose() => owner._onArrival = null;
    }
}
