using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Site.Releases.Model;
using Site.Releases.Pages;
using Site.Theme.Pages;
using Site.Theme.Rows;
using Site.Web.Output;
using Site.Web.Pages;

namespace Site.Theme.Services;

/// <summary>
/// Renders page views with their Razor components. A renderer runs one render at a time, so each
/// build thread gets its own (<see cref="PageHtmlRenderer"/>) and pages render in parallel.
/// </summary>
public sealed class ThemeRenderer : IDisposable
{
    private static readonly Dictionary<Type, ComponentTemplate> Components = new()
    {
        [typeof(SourcePageView)] = ComponentTemplate.Of<SourcePage>(),
        [typeof(ReleasePageView)] = ComponentTemplate.Of<ReleasePage>(),
        [typeof(FeaturePageView)] = ComponentTemplate.Of<FeaturePage>(),
        [typeof(SigPageView)] = ComponentTemplate.Of<SigPage>(),
        [typeof(HomePageView)] = ComponentTemplate.Of<HomePage>(),
        [typeof(ReleaseIndexView)] = ComponentTemplate.Of<ReleaseIndexPage>(),
        [typeof(FeatureIndexView)] = ComponentTemplate.Of<FeatureIndexPage>(),
        [typeof(SigIndexView)] = ComponentTemplate.Of<SigIndexPage>(),
        [typeof(DocsIndexView)] = ComponentTemplate.Of<DocsIndexPage>(),
        [typeof(SearchPageView)] = ComponentTemplate.Of<SearchPage>(),
        [typeof(NotFoundView)] = ComponentTemplate.Of<NotFoundPage>(),
    };

    // Index pages whose tables grow with the site: their rows are rendered a part at a time (TableRows).
    private static readonly Dictionary<Type, TableRows> Tables = new()
    {
        [typeof(FeatureIndexView)] = TableRows.Of<FeatureRows, Feature>(view => ((FeatureIndexView)view).Catalog.Features),
        [typeof(ReleaseIndexView)] = TableRows.Of<ReleaseRows, Release>(view => ((ReleaseIndexView)view).Catalog.Releases),
        [typeof(DocsIndexView)] = TableRows.Of<DocumentRows, SourceDocument>(
            view => ((DocsIndexView)view).Catalog.Documents.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase)),
    };

    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly ThreadLocal<PageHtmlRenderer?> _renderers;

    public ThemeRenderer(ThemeContext theme)
    {
        Theme = theme;
        _renderers = new ThreadLocal<PageHtmlRenderer?>(trackAllValues: true);
    }

    public ThemeContext Theme { get; }

    public string Render(PageView view, PageChrome chrome)
    {
        using var writer = new StringWriter();
        Render(view, chrome, writer);
        return writer.ToString();
    }

    /// <summary>Writes the page into <paramref name="writer"/> (a pooled buffer in a build).</summary>
    public void Render(PageView view, PageChrome chrome, TextWriter writer)
    {
        var component = Components.TryGetValue(view.GetType(), out var type)
            ? type
            : throw new InvalidOperationException($"The theme has no template for {view.GetType().Name}.");
        var page = Parameters(chrome, "View", view);
        if (view is SourcePageView source)
        {
            var shell = RenderShell(component, page);
            using var body = source.Body.RentText();
            SourceBodySplice.Write(shell, body.Span, source.TitleInBody, writer);
        }
        else if (Tables.TryGetValue(view.GetType(), out var table))
        {
            var shell = RenderShell(component, page);
            table.Write(shell, view, part => RenderComponent(table.Component, Parameters(chrome, "Items", part), writer), writer);
        }
        else
        {
            RenderComponent(component, page, writer);
        }
    }

    // A template with a marker is rendered here first, then copied out with what goes at the marker
    // (one render at a time per thread; the span is valid until the thread's next shell).
    [ThreadStatic]
    private static CharBufferWriter? _shell;

    private ReadOnlySpan<char> RenderShell(ComponentTemplate component, ParameterView parameters)
    {
        var shell = _shell ??= new CharBufferWriter();
        shell.Reset();
        RenderComponent(component, parameters, shell);
        return shell.Written;
    }

    private ParameterView Parameters(PageChrome chrome, string name, object value)
        => ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            ["Theme"] = Theme,
            ["Chrome"] = chrome,
            [name] = value,
        });

    private void RenderComponent(ComponentTemplate component, ParameterView parameters, TextWriter writer)
    {
        // A renderer forgets each page once written (PageHtmlRenderer), so a thread keeps one for the
        // build; one that failed is dropped, its state unknown.
        var renderer = _renderers.Value ??= new PageHtmlRenderer(_services, NullLoggerFactory.Instance);
        try
        {
            renderer.Write(component.Type, parameters, writer);
        }
        catch
        {
            _renderers.Value = null;
            DisposeAfterFailure(renderer);
            throw;
        }
    }

    // Disposing also disposes the failed page's half-built components; should one of them throw,
    // that error must not replace the template's own, which is what the user needs to see.
    private static void DisposeAfterFailure(PageHtmlRenderer renderer)
    {
        try
        {
            renderer.Dispose();
        }
        catch (Exception)
        {
            // Deliberately ignored: see above.
        }
    }

    public void Dispose()
    {
        foreach (var renderer in _renderers.Values)
        {
            renderer?.Dispose();
        }

        _renderers.Dispose();
        _services.Dispose();
    }
}
