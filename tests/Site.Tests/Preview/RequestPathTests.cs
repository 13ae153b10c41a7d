using Site.Cli.Preview;

namespace Site.Tests.Preview;

/// <summary>The raw request target is decoded once and refused when it is anything but a plain path.</summary>
public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/kr/docs/", "/kr/docs/")]
    [InlineData("/kr/docs/a%20b/?x=1#top", "/kr/docs/a b/")]
    [InlineData("/kr/%E9%87%8D%E7%82%B9/", "/kr/重点/")]
    [InlineData("/kr/%252e%252e/", "/kr/%2e%2e/")]
    [InlineData("/kr/v1.7/", "/kr/v1.7/")]
    [InlineData("/kr/.well-known/x", "/kr/.well-known/x")]
    [InlineData("http://127.0.0.1:5080/kr/a", "/kr/a")]
    [InlineData("http://127.0.0.1:5080", "/")]
    public void Plain_paths_are_decoded(string raw, string expected) => Assert.Equal(expected, RequestPath.Decode(raw));

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("kr/docs/")]
    [InlineData("/..")]
    [InlineData("/../etc/passwd")]
    [InlineData("/kr/./a")]
    [InlineData("/%2e%2e/")]
    [InlineData("/%2E%2e/")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/kr/.%2e/")]
    [InlineData("/..\\")]
    [InlineData("/kr/%5c..%5c")]
    [InlineData("//etc/passwd")]
    [InlineData("/kr//x")]
    [InlineData("/kr/%2f%2fx")]
    [InlineData("/kr/C:%5cx")]
    [InlineData("/kr/c:/x")]
    [InlineData("/kr/a%00b")]
    [InlineData("/kr/a%0ab")]
    [InlineData("/kr/%zz")]
    [InlineData("/kr/%e9")]
    [InlineData("/kr/%")]
    [InlineData("/kr/.../")]
    [InlineData("/kr/.. /")]
    [InlineData("http://host/../etc/passwd")]
    public void Anything_else_is_refused(string raw) => Assert.Null(RequestPath.Decode(raw));
}
