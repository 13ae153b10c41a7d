using System.Net;
using System.Net.Sockets;
using Site.Cli;
using Site.Tests.Support;
using Site.Web.Tests.Support;

namespace Site.Tests.Preview;

/// <summary>`site preview` as a command: a port that is taken is a clear error, not a crash.</summary>
[Collection(PreviewTests.Name)]
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task A_taken_port_is_reported_with_exit_code_2()
    {
        using var root = new TempDirectory();
        SiteRoots.CopyTo(root.Path);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await SiteCommandLine.RunAsync(["preview", "--root", root.Path, "--port", port, "--quiet"], output, error)
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(SiteCommandLine.UsageError, exit);
        Assert.Contains("cannot listen on 127.0.0.1:" + port, error.ToString(), StringComparison.Ordinal);
    }
}
