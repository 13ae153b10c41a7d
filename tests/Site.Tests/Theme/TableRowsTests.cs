using Microsoft.AspNetCore.Components;
using Site.Releases.Pages;
using Site.Theme.Services;

namespace Site.Tests.Theme;

/// <summary>An index table's rows go where the template's marker is, in parts of at most RowsPerPart, in order.</summary>
public sealed class TableRowsTests
{
    private const string Shell = "<table><tbody>\n" + TableRows.Marker + "\n</tbody></table>";

    private static readonly PageView View = new NotFoundView();

    private static (string Html, List<int> PartSizes) Write(string shell, int rows)
    {
        var table = TableRows.Of<Numbers, int>(_ => Enumerable.Range(0, rows));
        var sizes = new List<int>();
        using var writer = new StringWriter();
        table.Write(shell, View, part =>
        {
            var items = Assert.IsAssignableFrom<IReadOnlyList<int>>(part);
            sizes.Add(items.Count);
            writer.Write(string.Concat(items.Select(i => $"<tr>{i}</tr>")));
        }, writer);
        return (writer.ToString(), sizes);
    }

    [Fact]
    public void Rows_are_written_at_the_marker_in_parts_and_in_order()
    {
        var rows = 2 * TableRows.RowsPerPart + 50;
        var (html, sizes) = Write(Shell, rows);

        Assert.Equal([TableRows.RowsPerPart, TableRows.RowsPerPart, 50], sizes);
        Assert.Equal("<table><tbody>\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"<tr>{i}</tr>")) + "\n</tbody></table>", html);
    }

    [Fact]
    public void An_empty_table_keeps_the_template_without_its_marker()
    {
        var (html, sizes) = Write(Shell, 0);
        Assert.Equal("<table><tbody>\n\n</tbody></table>", html);
        Assert.Empty(sizes);
    }

    [Fact]
    public void A_template_without_the_marker_is_an_error_not_a_table_without_rows()
        => Assert.Throws<InvalidOperationException>(() => Write("<table><tbody></tbody></table>", 3));

    private sealed class Numbers : ComponentBase
    {
        [Parameter]
        public IReadOnlyList<int> Items { get; set; } = [];
    }
}
