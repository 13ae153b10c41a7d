using Site.Web.Links.External;

namespace Site.Web.Tests.Links.External;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    public void DeltaSecondsAreTakenAsIs(string header, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(header, serverDate: null, Now));

    [Fact]
    public void HttpDateIsMeasuredFromTheServersDate()
    {
        var serverDate = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.Parse("Mon, 01 Jan 2001 00:01:30 GMT", serverDate, Now));
    }

    [Fact]
    public void HttpDateWithoutServerDateIsMeasuredFromNow()
        => Assert.Equal(TimeSpan.FromMinutes(5), RetryAfter.Parse("Sat, 01 Mar 2025 12:05:00 GMT", serverDate: null, Now));

    [Fact]
    public void AnHttpDateInThePastMeansNoWait()
        => Assert.Equal(TimeSpan.Zero, RetryAfter.Parse("Sat, 01 Mar 2025 11:00:00 GMT", serverDate: null, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void MissingOrInvalidHeadersGiveNothing(string? header)
        => Assert.Null(RetryAfter.Parse(header, serverDate: null, Now));
}
