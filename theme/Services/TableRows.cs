using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Site.Releases.Pages;

namespace Site.Theme.Services;

/// <summary>
/// The rows of an index page's table (every feature, release or document: thousands on a large
/// site), rendered a part at a time into the page where its template wrote <see cref="Marker"/>.
/// Razor keeps all the frames of a render in one array, and the renderer's batch copies them into
/// another: for a 5,000-row table both grew to megabytes, and those large-object-heap arrays set
/// off the one full collection of a 1,000-page build. A part of <see cref="RowsPerPart"/> rows stays
/// well under the 1 MB large-object threshold.
/// </summary>
public sealed class TableRows
{
    /// <summary>Where the rows go: between the template's &lt;tbody&gt; and &lt;/tbody&gt;.</summary>
    public const string Marker = "\uFDD0site:table-rows\uFDD0";

    /// <summary>About 25 render frames (48 bytes each) per row: 200 rows make arrays of about 256 KB.</summary>
    public const int RowsPerPart = 200;

    private readonly Func<PageView, IEnumerable<object>> _parts;

    private TableRows(ComponentTemplate component, Func<PageView, IEnumerable<object>> parts)
    {
        Component = component;
        _parts = parts;
    }

    /// <summary>The component that renders a part; its parameter <c>Items</c> takes the part's items.</summary>
    public ComponentTemplate Component { get; }

    /// <summary>The table's rows as <typeparamref name="TRows"/> renders them, <paramref name="items"/> in the order shown.</summary>
    public static TableRows Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TRows, TItem>(Func<PageView, IEnumerable<TItem>> items)
        where TRows : IComponent
        => new(ComponentTemplate.Of<TRows>(), view => items(view).Chunk(RowsPerPart));

    /// <summary>The items of each part, in order; each is an <c>IReadOnlyList</c> of the row type.</summary>
    public IEnumerable<object> Parts(PageView view) => _parts(view);

    /// <summary>
    /// Writes <paramref name="shell"/> (the rendered template) with the marker replaced by the
    /// rows, each part written by <paramref name="renderPart"/>.
    /// </summary>
    public void Write(ReadOnlySpan<char> shell, PageView view, Action<object> renderPart, TextWriter writer)
    {
        var at = shell.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The template of {view.GetType().Name} has no table rows marker.");
        }

        writer.Write(shell[..at]);
        foreach (var part in Parts(view))
        {
            renderPart(part);
        }

        writer.Write(shell[(at + Marker.Length)..]);
    }
}
