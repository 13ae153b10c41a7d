using Site.Web.Links.External;

namespace Site.Web.Tests.Links.External;

public sealed class RetryPolicyTests
{
    [Fact]
    public void BackoffDoublesAndIsCapped()
    {
        var policy = new RetryPolicy(maxRetries: 5, baseDelay: TimeSpan.FromSeconds(1), maxWait: TimeSpan.FromSeconds(5));

        Assert.Equal(
            [1, 2, 4, 5, 5],
            Enumerable.Range(1, 5).Select(retry => policy.Backoff(retry).TotalSeconds));
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(404, false)]
    [InlineData(410, false)]
    [InlineData(501, false)]
    public void TransientStatuses(int status, bool transient)
        => Assert.Equal(transient, RetryPolicy.IsTransientStatus(status));
}
