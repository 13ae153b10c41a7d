using System.Net;
using System.Text;

namespace Site.Tests.Preview;

/// <summary>What the preview server answers: pages, types, the base path, 404s, caching and its limits.</summary>
[Collection(PreviewTests.Name)]
public sealed class PreviewServingTests(ServedSite served)
{
    private RunningPreview Preview => served.Preview;

    [Fact]
    public async Task Pages_are_utf8_html_with_the_reload_script_and_are_not_cached()
    {
        using var response = await Preview.Http.GetAsync(new Uri("/kr/", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Content.Headers.LastModified);
        Assert.Null(response.Headers.ETag);
        Assert.Contains("Kubernetes Releases", body, StringComparison.Ordinal);
        Assert.Contains("data-socket=\"/kr/__site-preview/socket\"", body, StringComparison.Ordinal);
        Assert.EndsWith("</html>", body.TrimEnd(), StringComparison.Ordinal);
        // The script is added while serving; the built file stays as `site build` wrote it.
        Assert.DoesNotContain("__site-preview", File.ReadAllText(Path.Combine(Preview.OutputFolder, "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kr/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/kr/assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("/kr/assets/lunr.min.js", "text/javascript; charset=utf-8")]
    [InlineData("/kr/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/kr/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/kr/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/kr/docs/release-1.7-notes-draft/", "text/html; charset=utf-8")]
    public async Task Files_have_their_content_types(string path, string contentType)
    {
        using var response = await Preview.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Head_requests_get_headers_without_a_body()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/kr/assets/site.css", UriKind.Relative));
        using var response = await Preview.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(Preview.OutputFolder, "assets", "site.css")).Length, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/", "/kr/")]
    [InlineData("/kr", "/kr/")]
    [InlineData("/kr/docs", "/kr/docs/")]
    [InlineData("/kr/releases/v1.7?tab=x", "/kr/releases/v1.7/?tab=x")]
    public async Task The_root_and_folders_without_a_slash_redirect(string path, string location)
    {
        using var response = await Preview.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/kr/no-such-page/")]
    [InlineData("/kr/assets/missing.css")]
    [InlineData("/docs/release-1.7-notes-draft/")]
    [InlineData("/other/")]
    [InlineData("/kr/index.html/")]
    public async Task Missing_pages_and_paths_outside_the_base_path_get_the_sites_404_page(string path)
    {
        using var response = await Preview.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var notFoundPage = File.ReadAllText(Path.Combine(Preview.OutputFolder, "404.html"));
        Assert.StartsWith(notFoundPage[..200], body, StringComparison.Ordinal);
        Assert.Contains("__site-preview/socket", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..\\")]
    [InlineData("/kr/..%2f..%2f..%2f..%2fetc/passwd")]
    [InlineData("/kr/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/kr/%2E%2E/kr/")]
    [InlineData("/kr/..\\..\\..\\etc\\passwd")]
    [InlineData("/kr/%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/kr/../kr/index.html")]
    [InlineData("/kr/./index.html")]
    [InlineData("/kr/.../")]
    [InlineData("//etc/passwd")]
    [InlineData("/kr//etc/passwd")]
    [InlineData("/kr/%2fetc%2fpasswd")]
    [InlineData("/kr/C:%5cWindows%5cwin.ini")]
    [InlineData("/kr/%zz")]
    [InlineData("http://ORIGIN/kr/../../../etc/passwd")]
    [InlineData("http://ORIGIN/kr/%2e%2e/%2e%2e/etc/passwd")]
    public async Task Traversal_attempts_get_404(string target)
    {
        var origin = Preview.Session.Origin;
        var (status, response) = await RawHttp.SendAsync(origin, target.Replace("ORIGIN", origin.Authority, StringComparison.Ordinal));

        Assert.True(status == 404, $"{target} answered {status}");
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("[fonts]", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kr/index.html%00.css")]
    [InlineData("http://attacker.example/kr/")]
    public async Task Malformed_targets_are_refused_before_any_file_is_looked_up(string target)
    {
        // Kestrel itself answers 400 to a NUL in the path and to an absolute URL naming another host.
        var (status, response) = await RawHttp.SendAsync(Preview.Session.Origin, target);

        Assert.Equal(400, status);
        Assert.DoesNotContain("<html", response, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Symbolic_links_inside_the_output_that_lead_outside_get_404()
    {
        using var outside = new Site.Web.Tests.Support.TempDirectory();
        var secret = Path.Combine(outside.Path, "secret.txt");
        await File.WriteAllTextAsync(secret, "do not serve");
        File.CreateSymbolicLink(Path.Combine(Preview.OutputFolder, "secret.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(Preview.OutputFolder, "outside"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(Preview.OutputFolder, "up"), "..");
        // A link that stays inside the output folder is fine.
        Directory.CreateSymbolicLink(Path.Combine(Preview.OutputFolder, "styles"), "assets");

        foreach (var target in new[] { "/kr/secret.txt", "/kr/outside/secret.txt", "/kr/up/input/site.yml", "/kr/up/seeds/" + RunningPreview.DraftNotes })
        {
            var (status, response) = await RawHttp.SendAsync(Preview.Session.Origin, target);
            Assert.True(status == 404, $"{target} answered {status}");
            Assert.DoesNotContain("do not serve", response, StringComparison.Ordinal);
        }

        var (inside, _) = await RawHttp.SendAsync(Preview.Session.Origin, "/kr/styles/site.css");
        Assert.Equal(200, inside);
    }

    [Fact]
    public async Task Oversized_request_headers_are_refused()
    {
        var (status, _) = await RawHttp.SendAsync(Preview.Session.Origin, "/kr/", $"X-Big: {new string('a', 40 * 1024)}\r\n");

        Assert.Equal(431, status);
    }

    [Fact]
    public async Task Other_host_names_are_refused_on_loopback()
    {
        // A page on another name that resolves to 127.0.0.1 (DNS rebinding) must not read the preview.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/kr/", UriKind.Relative));
        request.Headers.Host = "attacker.example";
        using var response = await Preview.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Only_get_and_head_are_served()
    {
        using var content = new StringContent("x", Encoding.UTF8);
        using var response = await Preview.Http.PostAsync(new Uri("/kr/", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Two_hundred_concurrent_requests_are_all_served()
    {
        string[] paths = ["/kr/", "/kr/assets/site.css", "/kr/releases/v1.7/", "/kr/feed.xml", "/kr/docs/release-1.7-notes-draft/"];
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 200, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = Preview.Session.Origin, Timeout = TimeSpan.FromSeconds(60) };

        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await client.GetAsync(new Uri(paths[i % paths.Length], UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, body.Length);
        })).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s.StatusCode));
        Assert.All(statuses, s => Assert.True(s.Length > 0));
    }
}
