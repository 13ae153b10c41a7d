namespace Site.Web.Links.External;

/// <summary>The HttpClient the checker uses, configured for asking about URLs rather than fetching them.</summary>
internal static class ExternalLinkHttp
{
    public static HttpClient CreateClient(ExternalLinkCheckOptions options, string userAgent)
    {
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand so that permanence, loops and hop counts are visible.
            AllowAutoRedirect = false,
            ConnectTimeout = options.ConnectTimeout,

            // The checker never reads bodies. Left at the default, disposing an unread response
            // drains up to 1 MB in the background to reuse the connection; with 0 it is closed at
            // once, so a server trickling or streaming a body holds nothing of ours.
            MaxResponseDrainSize = 0,
            AutomaticDecompression = System.Net.DecompressionMethods.None,

            // Cookies would make one link's answer depend on which links were checked before it.
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            // Each request has its own deadline (HttpProbe); HttpClient's would only add a second clock.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);

        // Some single-page-app hosts answer 404 unless the client says it accepts HTML.
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client;
    }
}
