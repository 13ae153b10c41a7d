using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Site.Web.Tests.Links.External;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, ephemeral port) whose paths act out what
/// external sites do. It records every request with a server-side timestamp so tests can
/// count requests and measure gaps without timing the checker. Tests use a unique last
/// segment per test so that counts never mix.
/// </summary>
/// <remarks>
/// Routes ({id} is any suffix):
/// /ok/{id} 200 · /status/{code}/{id} · /redirect/{code}/{rest} → Location /{rest} ·
/// /loop/{id}/a ⇄ /loop/{id}/b (302) · /chain/{n}/{id} → /chain/{n-1}/{id} … /chain/0 200 ·
/// /retry-after/{s}/{id} 429 with Retry-After: s on the first request, then 200 ·
/// /retry-after-date/{s}/{id} the same with an HTTP-date · /always-429/{id} ·
/// /unavailable-once/{id} 503 then 200 · /head-refused/{code}/{id} HEAD → code, GET 200 ·
/// /slow-body/{id} and /endless/{id} HEAD 405, GET 200 with a trickling or endless body ·
/// /slow/{group}/{id} 200 after 300 ms, counting requests in flight per group and Host.
/// </remarks>
public sealed class LinkTestServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _bodyEnded = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;

    public int Port => BaseUri.Port;

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    /// <summary>Requests whose path (without query) is <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string path)
        => _requests.Where(r => r.Path == path).OrderBy(r => r.At).ToList();

    public int RequestCount(string path) => RequestsTo(path).Count;

    public int MaxInFlight(string key) => _maxInFlight.GetValueOrDefault(key);

    /// <summary>When the server noticed that the client stopped reading the body of <paramref name="path"/>.</summary>
    public TimeSpan? BodyEndedAt(string path) => _bodyEnded.TryGetValue(path, out var at) ? at : null;

    public TimeSpan Now => Stopwatch.GetElapsedTime(_started);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var request = new RecordedRequest(path, context.Request.Method, context.Request.Host.Host, context.Request.Headers.UserAgent.ToString(), Now);
        _requests.Enqueue(request);
        var earlier = RequestsTo(path).Count - 1;
        var segments = path.Trim('/').Split('/');
        var response = context.Response;
        var isHead = HttpMethods.IsHead(context.Request.Method);
        switch (segments[0])
        {
            case "ok":
                response.StatusCode = 200;
                break;
            case "status":
                response.StatusCode = Number(segments[1]);
                break;
            case "redirect":
                Redirect(response, Number(segments[1]), "/" + string.Join('/', segments[2..]));
                break;
            case "loop":
                Redirect(response, 302, $"/loop/{segments[1]}/{(segments[2] == "a" ? "b" : "a")}");
                break;
            case "chain":
                var remaining = Number(segments[1]);
                if (remaining > 0)
                {
                    Redirect(response, 302, $"/chain/{remaining - 1}/{string.Join('/', segments[2..])}");
                }

                break;
            case "retry-after":
                response.StatusCode = earlier == 0 ? 429 : 200;
                if (earlier == 0)
                {
                    response.Headers.RetryAfter = segments[1];
                }

                break;
            case "retry-after-date":
                response.StatusCode = earlier == 0 ? 429 : 200;
                if (earlier == 0)
                {
                    // Our own Date header; the wait must be measured against it, not the client's clock.
                    var serverDate = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);
                    response.Headers.Date = serverDate.ToString("R", CultureInfo.InvariantCulture);
                    response.Headers.RetryAfter = serverDate.AddSeconds(Number(segments[1])).ToString("R", CultureInfo.InvariantCulture);
                }

                break;
            case "always-429":
                response.StatusCode = 429;
                break;
            case "unavailable-once":
                response.StatusCode = earlier == 0 ? 503 : 200;
                break;
            case "head-refused":
                response.StatusCode = isHead ? Number(segments[1]) : 200;
                break;
            case "slow-body":
                await TrickleAsync(context, path, isHead, chunk: 1, pause: TimeSpan.FromSeconds(1));
                break;
            case "endless":
                await TrickleAsync(context, path, isHead, chunk: 64 * 1024, pause: TimeSpan.Zero);
                break;
            case "slow":
                await SlowAsync(context, segments[1]);
                break;
            default:
                response.StatusCode = 500;
                break;
        }
    }

    private async Task TrickleAsync(HttpContext context, string path, bool isHead, int chunk, TimeSpan pause)
    {
        if (isHead)
        {
            context.Response.StatusCode = 405;
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/html";
        var bytes = new byte[chunk];
        Array.Fill(bytes, (byte)'x');
        try
        {
            await context.Response.StartAsync(context.RequestAborted);
            for (var i = 0; i < 100_000 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, context.RequestAborted);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client hung up, which is what the test hopes for.
        }
        finally
        {
            _bodyEnded[path] = Now;
        }
    }

    private async Task SlowAsync(HttpContext context, string group)
    {
        var keys = new[] { group, $"{group}@{context.Request.Host.Host}" };
        foreach (var key in keys)
        {
            var now = _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
            _maxInFlight.AddOrUpdate(key, now, (_, max) => Math.Max(max, now));
        }

        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            context.Response.StatusCode = 200;
        }
        finally
        {
            foreach (var key in keys)
            {
                _inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            }
        }
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}

public sealed record RecordedRequest(string Path, string Method, string Host, string UserAgent, TimeSpan At);
