using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Theme.Services;

namespace Site.Tests.Theme;

/// <summary>The page renderer writes each page and then lets go of it, so one renderer serves a whole build.</summary>
public sealed class PageHtmlRendererTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    private static string Write(PageHtmlRenderer renderer, Type component, Dictionary<string, object?> parameters)
    {
        using var writer = new StringWriter();
        renderer.Write(component, ParameterView.FromDictionary(parameters), writer);
        return writer.ToString();
    }

    [Fact]
    public void Each_page_is_disposed_once_written_and_the_next_renders_the_same()
    {
        using var renderer = new PageHtmlRenderer(Services, NullLoggerFactory.Instance);
        var disposed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var html = Write(renderer, typeof(Greeting), new() { ["Name"] = "<b>" + i, ["Disposed"] = disposed });
            Assert.Equal($"<p class=\"greeting\">Hello &lt;b&gt;{i}</p>", html);
            Assert.Equal(i + 1, disposed.Count);
        }

        Assert.Equal(["<b>0", "<b>1", "<b>2"], disposed);
    }

    [Fact]
    public void A_failing_page_throws_its_own_error()
    {
        using var renderer = new PageHtmlRenderer(Services, NullLoggerFactory.Instance);
        var error = Assert.Throws<InvalidOperationException>(() => Write(renderer, typeof(Failing), []));
        Assert.Equal("template failed", error.Message);
    }

    private sealed class Greeting : ComponentBase, IDisposable
    {
        [Parameter]
        public string Name { get; set; } = string.Empty;

        [Parameter]
        public List<string> Disposed { get; set; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "greeting");
            builder.AddContent(2, "Hello " + Name);
            builder.CloseElement();
        }

        public void Dispose() => Disposed.Add(Name);
    }

    private sealed class Failing : ComponentBase
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException("template failed");
    }
}
