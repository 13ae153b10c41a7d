using Site.Engine.Diagnostics;
using Site.Web.Links.External;
using static Site.Web.Tests.Links.External.CheckerHarness;

namespace Site.Web.Tests.Links.External;

public sealed class ExternalLinkDiagnosticsTests
{
    [Fact]
    public void ABrokenLinkGivesOneErrorPerLocation()
    {
        var result = Result("https://x.test/y", ExternalLinkStatus.Broken, "404 Not Found", 404, locations: [At("a.md", 3, 7), At("b.md", 1, 1)]);

        var diagnostics = ExternalLinkDiagnostics.From([result]);

        Assert.Equal(
            [
                Diagnostic.Error("external link https://x.test/y: 404 Not Found", At("a.md", 3, 7), "link.external.broken") with { Url = "https://x.test/y" },
                Diagnostic.Error("external link https://x.test/y: 404 Not Found", At("b.md", 1, 1), "link.external.broken") with { Url = "https://x.test/y" },
            ],
            diagnostics);
    }

    [Theory]
    [InlineData(ExternalLinkStatus.TimedOut, "timed out after 10 s", "link.external.timeout")]
    [InlineData(ExternalLinkStatus.RateLimited, "429 Too Many Requests (3 attempts)", "link.external.rate-limited")]
    [InlineData(ExternalLinkStatus.RedirectLoop, "redirect loop: a → b → a", "link.external.redirects")]
    [InlineData(ExternalLinkStatus.TooManyRedirects, "more than 5 redirects", "link.external.redirects")]
    [InlineData(ExternalLinkStatus.ConnectionFailed, "connection refused by x.test:443", "link.external.unreachable")]
    [InlineData(ExternalLinkStatus.InvalidUrl, "not an absolute http(s) URL", "link.external.invalid")]
    public void FailuresAreErrorsThatSayWhatIsWrong(ExternalLinkStatus status, string detail, string code)
    {
        var diagnostic = Assert.Single(ExternalLinkDiagnostics.From([Result("https://x.test/y", status, detail)]));

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal($"external link https://x.test/y: {detail}", diagnostic.Message);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(At("a.md"), diagnostic.Location);
    }

    [Fact]
    public void APermanentRedirectIsAWarningNamingTheNewUrl()
    {
        var result = Result("http://x.test/old", ExternalLinkStatus.Redirected, "200 OK", 200,
            redirects: [new RedirectHop(301, "https://x.test/new"), new RedirectHop(302, "https://x.test/login")]);

        var diagnostic = Assert.Single(ExternalLinkDiagnostics.From([result]));

        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("external link http://x.test/old: moved permanently to https://x.test/new", diagnostic.Message);
        Assert.Equal("link.external.moved", diagnostic.Code);
        Assert.Equal("link to https://x.test/new instead", diagnostic.Hint);
        Assert.Equal("http://x.test/old", diagnostic.Url);
    }

    [Theory]
    [InlineData(ExternalLinkStatus.Ok)]
    [InlineData(ExternalLinkStatus.Excluded)]
    [InlineData(ExternalLinkStatus.Skipped)]
    public void WorkingExcludedAndSkippedLinksAreSilent(ExternalLinkStatus status)
        => Assert.Empty(ExternalLinkDiagnostics.From([Result("https://x.test/", status, "whatever")]));

    [Fact]
    public void ATemporaryRedirectIsSilent()
        => Assert.Empty(ExternalLinkDiagnostics.From(
            [Result("https://x.test/", ExternalLinkStatus.Redirected, "200 OK", 200, redirects: [new RedirectHop(302, "https://x.test/en/")])]));

    [Fact]
    public void AResultWithoutLocationsStillGetsReported()
    {
        var diagnostic = Assert.Single(ExternalLinkDiagnostics.From([Result("https://x.test/", ExternalLinkStatus.Broken, "404 Not Found", 404, locations: [])]));

        Assert.Null(diagnostic.Location);
    }

    [Fact]
    public void ReportSendsEverythingToTheBag()
    {
        var bag = new DiagnosticBag();

        ExternalLinkDiagnostics.Report([Result("https://x.test/", ExternalLinkStatus.Broken, "410 Gone", 410)], bag);

        Assert.Equal(1, bag.ErrorCount);
    }

    private static ExternalLinkResult Result(
        string url, ExternalLinkStatus status, string detail, int? code = null,
        IReadOnlyList<RedirectHop>? redirects = null, IReadOnlyList<SourceLocation>? locations = null)
        => new(url, locations ?? [At("a.md")], status, detail, code, redirects ?? [], FromCache: false);
}
