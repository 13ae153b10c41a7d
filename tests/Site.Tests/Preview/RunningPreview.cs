using System.Net;
using Site.Cli.Build;
using Site.Cli.Preview;
using Site.Tests.Support;
using Site.Web.Tests.Support;

namespace Site.Tests.Preview;

/// <summary>A preview server on a free port over a temp copy of the site root; everything is removed on dispose.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    public const string DraftNotes = "release-1.7-notes-draft.md";

    private readonly TempDirectory _root;
    private readonly PreviewOptions _options;
    private readonly TextWriter _writer;

    private RunningPreview(TempDirectory root, PreviewOptions options, PreviewSession session, StringWriter output, TextWriter writer)
    {
        _root = root;
        _options = options;
        _writer = writer;
        Session = session;
        Output = output;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = session.Origin,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public PreviewSession Session { get; private set; }

    /// <summary>What the preview printed (stdout and stderr together).</summary>
    public StringWriter Output { get; }

    public HttpClient Http { get; }

    public string Root => _root.Path;

    public string OutputFolder => Path.Combine(_root.Path, "output");

    /// <summary>The URL of the page built from a seed file.</summary>
    public Uri PageOf(string seed) => new(Session.Url, "docs/" + Path.GetFileNameWithoutExtension(seed) + "/");

    public string SeedPath(string seed) => Path.Combine(_root.Path, "seeds", seed);

    public static async Task<RunningPreview> StartAsync(string basePath = "/kr/")
    {
        var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        var options = new PreviewOptions
        {
            Build = new BuildOptions { Root = root.Path, BasePath = basePath },
            Address = IPAddress.Loopback,
            Port = 0,
        };
        try
        {
            var session = await PreviewSession.StartAsync(options, synchronized, synchronized, CancellationToken.None)
                .WaitAsync(TimeSpan.FromMinutes(2));
            return new RunningPreview(root, options, session, output, synchronized);
        }
        catch
        {
            root.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server and starts a new one on the same port and site root, as a person restarting `site preview` would.</summary>
    public async Task RestartAsync()
    {
        var port = Session.Origin.Port;
        await Session.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Session = await PreviewSession.StartAsync(_options with { Port = port }, _writer, _writer, CancellationToken.None)
            .WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Completes with the status of the next build to finish after this call.</summary>
    public Task<PreviewStatus> NextBuildAsync()
    {
        var next = new TaskCompletionSource<PreviewStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(PreviewStatus status)
        {
            Session.State.Changed -= Handler;
            next.TrySetResult(status);
        }

        Session.State.Changed += Handler;
        return next.Task;
    }

    /// <summary>Writes a seed file the way an editor saves it (whole content, UTF-8 without BOM).</summary>
    public void WriteSeed(string seed, string content) => TestFiles.Write(SeedPath(seed), content);

    public string ReadSeed(string seed) => TestFiles.Read(SeedPath(seed));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Session.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        _root.Dispose();
    }
}
