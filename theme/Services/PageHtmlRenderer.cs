using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Site.Theme.Services;

/// <summary>
/// Renders Razor components to HTML one page at a time and forgets each page once it is written.
/// <c>HtmlRenderer</c> keeps every root component it rendered, with its render trees, until it is
/// disposed; when a renderer was replaced, the render-tree arrays (large-object-heap sized for big
/// pages) went back to the shared pool all at once, more than the pool keeps, and the next renderer
/// allocated them again, each time setting the large object heap's budget towards a full collection.
/// Removing the root after writing returns its arrays for the next page to rent.
/// </summary>
public sealed class PageHtmlRenderer : IDisposable
{
    private readonly ForgettingRenderer _renderer;

    public PageHtmlRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
    {
        _renderer = new ForgettingRenderer(services, loggerFactory);
    }

    /// <summary>
    /// Writes <paramref name="componentType"/> rendered with <paramref name="parameters"/>. After a
    /// failure the renderer's state is unknown: dispose it rather than render another page with it.
    /// </summary>
    public void Write([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type componentType, ParameterView parameters, TextWriter writer)
        => _renderer.Dispatcher.InvokeAsync(() => _renderer.WriteAsync(componentType, parameters, writer)).GetAwaiter().GetResult();

    // Uses the renderer's members meant for framework code (BL0006): removing a root component has
    // no other API. A change to them in a later framework breaks the build here, not the pages.
#pragma warning disable BL0006
    public void Dispose() => _renderer.Dispose();

    private sealed class ForgettingRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
        : StaticHtmlRenderer(services, loggerFactory)
    {
        public async Task WriteAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type componentType, ParameterView parameters, TextWriter writer)
        {
            var componentId = AssignRootComponentId(InstantiateComponent(componentType));
            // Stays on the dispatcher (no ConfigureAwait(false)): writing and removing the root require it.
            await RenderRootComponentAsync(componentId, parameters);
            WriteComponentHtml(componentId, writer);
            RemoveRootComponent(componentId);
        }
    }
#pragma warning restore BL0006
}
