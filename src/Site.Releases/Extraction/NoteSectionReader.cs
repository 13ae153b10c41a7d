using Markdig.Syntax;
using Site.Releases.Model;
using Site.Web.Markdown;

namespace Site.Releases.Extraction;

/// <summary>
/// Reads the sections of release notes that a release page shows — known issues, deprecations,
/// action required, notable changes — from headings or list labels whose words the settings
/// list. Placeholder lists under a "TODO:" label are left out.
/// </summary>
internal static class NoteSectionReader
{
    public static List<NoteSection> Read(ReadingContext context)
    {
        var sections = new List<NoteSection>();
        var syntax = context.Analysis.Syntax;
        foreach (var heading in MarkdownWalk.Blocks<HeadingBlock>(syntax))
        {
            var title = MarkdownText.Of(heading.Inline);
            if (context.Rules.SectionKind(title) is { } kind && Items(context, MarkdownBlocks.SectionOf(heading)) is { Count: > 0 } items)
            {
                sections.Add(new NoteSection(kind, title, items, context.At(heading)));
            }
        }

        foreach (var list in MarkdownWalk.Blocks<ListBlock>(syntax))
        {
            if (list.Parent is { } parent && MarkdownBlocks.LabelBefore(parent, parent.IndexOf(list)) is { } label
                && context.Rules.SectionKind(label) is { } kind)
            {
                var items = list.OfType<ListItemBlock>().Select(i => context.Analysis.Html(i)).ToList();
                sections.Add(new NoteSection(kind, label, items, context.At(list)));
            }
        }

        return sections;
    }

    private static List<string> Items(ReadingContext context, IEnumerable<Block> blocks)
    {
        var items = new List<string>();
        var skipList = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph when MarkdownBlocks.StandaloneLabel(paragraph) is { } label:
                    skipList = MarkdownBlocks.IsTodo(label);
                    break;
                case ParagraphBlock paragraph:
                    items.Add(context.Analysis.Html(paragraph));
                    skipList = false;
                    break;
                case ListBlock list when !skipList:
                    items.AddRange(list.OfType<ListItemBlock>().Select(i => context.Analysis.Html(i)));
                    break;
                case ListBlock:
                    skipList = false;
                    break;
            }
        }

        return items;
    }
}
