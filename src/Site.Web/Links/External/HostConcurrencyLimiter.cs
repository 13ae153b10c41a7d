namespace Site.Web.Links.External;

/// <summary>
/// Bounds requests in flight per host name and in total, so a page with fifty links to one
/// site does not look like an attack on it, while links to other sites still proceed.
/// </summary>
internal sealed class HostConcurrencyLimiter(int perHost, int total) : IDisposable
{
    private readonly SemaphoreSlim _total = new(total, total);
    private readonly Dictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _hostsLock = new();

    /// <summary>
    /// Waits for a slot for <paramref name="host"/>, then for a global slot. The host slot comes
    /// first so that a request queued behind a busy host never sits on a global slot that a
    /// request to another host could use.
    /// </summary>
    public async Task<Lease> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var hostGate = GateFor(host);
        await hostGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _total.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            hostGate.Release();
            throw;
        }

        return new Lease(hostGate, _total);
    }

    public void Dispose()
    {
        _total.Dispose();
        lock (_hostsLock)
        {
            foreach (var gate in _hosts.Values)
            {
                gate.Dispose();
            }

            _hosts.Clear();
        }
    }

    private SemaphoreSlim GateFor(string host)
    {
        lock (_hostsLock)
        {
            if (!_hosts.TryGetValue(host, out var gate))
            {
                gate = new SemaphoreSlim(perHost, perHost);
                _hosts.Add(host, gate);
            }

            return gate;
        }
    }

    /// <summary>Holding a lease means one request may be in flight; disposing it frees both slots.</summary>
    internal sealed class Lease(SemaphoreSlim host, SemaphoreSlim total) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                total.Release();
                host.Release();
            }
        }
    }
}
