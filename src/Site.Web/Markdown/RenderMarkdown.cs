using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Web.Caching;
using Site.Web.FrontMatter;
using Site.Web.Html;
using Site.Web.Links;
using Site.Web.Slugs;
using Site.Web.Text;
using Site.Web.Toc;

namespace Site.Web.Markdown;

/// <summary>
/// Parses each markdown document once and, while its syntax tree is alive: gives headings their
/// ids, rewrites links (markdown files to page URLs, base path, imported posts), records every
/// link with its source line and column for the link check, extracts headings, summary and text
/// sections for search, lets the domain analyzers read the tree, and renders the body HTML.
/// The tree is then dropped: documents leave this module with HTML content and small metadata.
/// </summary>
public sealed partial class RenderMarkdown(RenderOptions options, params IMarkdownAnalyzer[] analyzers) : IModule
{
    private const int SummaryLength = 240;

    // Heading ids are doctoc's anchors, so a link that works on GitHub works here and in the checker.
    private readonly MarkdownPipeline _pipeline = MarkdownPipelines.GfmBuilder().UseYamlFrontMatter().UseDoctocHeadingIds().Build();

    public string Name => nameof(RenderMarkdown);

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var urlsBySource = inputs
            .Where(d => d.Source is not null && d.TryGet(WebKeys.Url, out _))
            .ToDictionary(d => d.Source!, d => d.Get(WebKeys.Url), StringComparer.Ordinal);
        var pageUrls = urlsBySource.Values.ToHashSet(StringComparer.Ordinal);
        var rewriter = new LinkRewriter(urlsBySource, url => IsSitePage(url, pageUrls), options.BasePath, options.ImportedPosts);
        var cache = context.FindService<BuildCache>();
        var siteKey = cache is null ? 0 : SiteKey(urlsBySource);
        return Task.FromResult(ParallelMap.Run(inputs, context, (doc, ctx) => RenderCached(doc, ctx, rewriter, cache, siteKey) is { } rendered ? [rendered] : []));
    }

    // A document is a function of its text, the URL of every page (its links resolve against them)
    // and the settings; with a build cache, an unchanged document is not parsed again.
    private Document? RenderCached(Document document, IExecutionContext context, LinkRewriter rewriter, BuildCache? cache, long siteKey)
    {
        if (cache is null || document.Source is null)
        {
            return Render(document, context, rewriter);
        }

        var key = new Fingerprint().Add(siteKey).Add(document.Content.ReadText()).Value;
        var region = "content:" + document.Source;
        if (cache.TryGet<Document>(region, key, out var cached))
        {
            return cached;
        }

        var rendered = Render(document, context, rewriter)?.With(WebKeys.InputKey, key);
        if (rendered is not null)
        {
            cache.Set(region, key, rendered);
        }

        return rendered;
    }

    private long SiteKey(Dictionary<string, string> urlsBySource)
    {
        var key = new Fingerprint().Add(options.CacheKey).Add(options.BasePath);
        foreach (var (source, url) in urlsBySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.Add(source).Add(url);
        }

        return key.Value;
    }

    private bool IsSitePage(string path, HashSet<string> pageUrls)
        => pageUrls.Contains(path) || pageUrls.Contains(path.TrimEnd('/') + "/")
           || options.GeneratedSections.Any(section => path.StartsWith(section, StringComparison.Ordinal));

    private Document? Render(Document document, IExecutionContext context, LinkRewriter rewriter)
    {
        var source = document.Content.ReadText();
        var path = document.Source ?? string.Empty;
        if (NestingGuard.Check(source, MarkdownPipelines.MaximumNestingDepth) is { } tooDeep)
        {
            context.Diagnostics.Report(Diagnostic.Error(
                $"markdown nested {tooDeep.Depth} levels deep (lists, quotes or indentation); the limit is {MarkdownPipelines.MaximumNestingDepth}",
                new SourceLocation(path, tooDeep.Line, tooDeep.Column), "markdown.nesting"));
            return null;
        }

        MarkdownDocument syntax;
        try
        {
            syntax = Markdig.Markdown.Parse(source, _pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Report(Diagnostic.Error(
                $"markdown nested too deeply; the limit is {MarkdownPipelines.MaximumNestingDepth} levels", new SourceLocation(path), "markdown.nesting"));
            return null;
        }

        var pageUrl = document.GetOrDefault(WebKeys.Url) ?? "/";
        var frontMatter = document.GetOrDefault(WebKeys.FrontMatter) ?? FrontMatterData.None;
        var imported = options.ImportedPosts.FrontMatterKeys.Any(frontMatter.Scalars.ContainsKey);

        var pool = context.FindService<StringPool>();
        ShareHeadingIds(syntax, pool);
        var headings = CollectHeadings(syntax, source, pool);
        var links = new List<LinkReference>();
        var spill = context.FindService<SpillStore>();

        // Links kept in memory share their repeated URLs through the pool; links that go to the
        // spill file (below) are written out, and pooling them would only keep every URL alive.
        var linkPool = spill is null ? pool : null;
        RewriteLinks(syntax, path, pageUrl, imported, rewriter, links, linkPool);
        CollectRawHtmlLinks(syntax, path, pageUrl, imported, rewriter, links, linkPool);

        var metadata = document.Metadata
            .With(WebKeys.Headings, headings)
            .With(WebKeys.Links, (IReadOnlyList<LinkReference>)links)
            .With(WebKeys.TextSections, TextSections(syntax, pool))
            .With(WebKeys.Summary, Summary(syntax))
            .With(WebKeys.IsImportedPost, imported);
        if (frontMatter.Title is { Length: > 0 } title)
        {
            metadata = metadata.With(WebKeys.Title, title);
        }
        else if (SoleLeadingH1(syntax) is { } h1)
        {
            metadata = metadata.With(WebKeys.Title, MarkdownText.Of(h1.Inline)).With(WebKeys.TitleFromBody, true);
        }

        var anchorLabel = options.AnchorLabel(document.GetOrDefault(WebKeys.Language) ?? "en");
        using var fragments = new FragmentRenderer(_pipeline, RawHtmlRewriter(), anchorLabel);
        string Render(MarkdownObject node) => fragments.Render(node);
        var analysis = new MarkdownAnalysis(document, syntax, source, headings, Render, context.Diagnostics) { Spill = spill, Strings = pool, Fragments = fragments };
        foreach (var analyzer in analyzers)
        {
            metadata = analyzer.Analyze(analysis, metadata);
        }

        // Search needs only counted terms and snippets; the page's text sections go once they are taken.
        if (context.FindService<Search.SearchIndexSession>() is { } search)
        {
            var draft = search.Draft(metadata.GetOrDefault(WebKeys.TextSections) ?? [], metadata.GetOrDefault(WebKeys.Title), metadata.GetOrDefault(WebKeys.Summary) ?? string.Empty);
            metadata = metadata.Without(WebKeys.TextSections).With(WebKeys.SearchDraft, draft);
        }

        // Bodies wait for the catalog before they become pages; a spill store keeps them on disk
        // meanwhile, written straight from the renderer's pooled buffer. The links wait there too,
        // for the link check at the end (the analyzers have read them by now).
        var html = fragments.RenderSpan(syntax);
        if (spill is null)
        {
            return new Document(document.Source, document.Destination, metadata, new TextContent(new string(html)));
        }

        var content = spill.Write(html);
        return new Document(document.Source, document.Destination, metadata.With(WebKeys.Links, SpilledLinks.Write(spill, links)), content);
    }

    private Func<string, string> RawHtmlRewriter()
    {
        if (options.BasePath == "/")
        {
            return static html => html;
        }

        var basePath = options.BasePath;
        return html => RootRelativeAttribute().Replace(html, m => m.Groups[1].Value + basePath);
    }

    [GeneratedRegex("""(\s(?:href|src)\s*=\s*["']?)/(?!/)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootRelativeAttribute();

    /// <summary>
    /// Headings' ids and texts live to the end of the build (page headings, search sections, the
    /// anchors of facts), and most recur from page to page ("Known Issues", "Deprecations"): one
    /// copy of each, from the build's pool, instead of one per heading and reader.
    /// </summary>
    private static void ShareHeadingIds(MarkdownDocument syntax, StringPool? pool)
    {
        if (pool is null)
        {
            return;
        }

        foreach (var block in syntax)
        {
            if (block is HeadingBlock heading && heading.TryGetAttributes() is { Id: { } id } attributes)
            {
                attributes.Id = pool.Get(id);
            }
        }
    }

    /// <summary>The headings doctoc lists (so "on this page" matches the markdown's TOC block), as plain text.</summary>
    private static IReadOnlyList<PageHeading> CollectHeadings(MarkdownDocument syntax, string source, StringPool? pool)
        => Slugs.DoctocHeadingIdExtension.Collected(syntax, source)
            .Select(h => new PageHeading(h.Level, Shared(h.Block is HeadingBlock block ? MarkdownText.Of(block.Inline) : h.Text, pool), Shared(h.Id, pool), h.Line))
            .ToList();

    private static string Shared(string text, StringPool? pool) => pool?.Get(text) ?? text;

    // Link records live until the link check at the end; a pool keeps one copy of each repeated URL.
    private static LinkReference Record(LinkRewriter.Result result, string path, int line, int column, string written, StringPool? pool)
        => pool is null
            ? new LinkReference(result.Target, result.Kind, path, line, column, written, result.Href)
            : new LinkReference(pool.Get(result.Target), result.Kind, path, line, column, pool.Get(written), pool.Get(result.Href));

    private static void RewriteLinks(MarkdownDocument syntax, string path, string pageUrl, bool imported, LinkRewriter rewriter, List<LinkReference> links, StringPool? pool)
    {
        foreach (var inline in MarkdownWalk.Inlines(syntax, static i => i is LinkInline or AutolinkInline))
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    var result = rewriter.Rewrite(url, path, pageUrl, imported);
                    link.Url = result.Href;
                    links.Add(Record(result, path, link.Line + 1, link.Column + 1, url, pool));
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    var auto = rewriter.Rewrite(autolink.Url, path, pageUrl, imported);
                    links.Add(Record(auto with { Href = autolink.Url }, path, autolink.Line + 1, autolink.Column + 1, autolink.Url, pool));
                    break;
            }
        }
    }

    private static void CollectRawHtmlLinks(MarkdownDocument syntax, string path, string pageUrl, bool imported, LinkRewriter rewriter, List<LinkReference> links, StringPool? pool)
    {
        void Scan(string html, int line, int column)
        {
            foreach (var attribute in HtmlAttributeScanner.Scan(html, "href", "src"))
            {
                var result = rewriter.RewriteRawHtml(attribute.Value, path, pageUrl, imported);
                links.Add(Record(result with { Href = attribute.Value }, path, line, column + attribute.ValueOffset, attribute.Value, pool));
            }
        }

        foreach (var node in syntax.Descendants())
        {
            if (node is HtmlBlock block)
            {
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    var line = block.Lines.Lines[i];
                    Scan(line.Slice.ToString(), line.Line + 1, line.Column + 1);
                }
            }
            else if (node is HtmlInline inline)
            {
                Scan(inline.Tag, inline.Line + 1, inline.Column + 1);
            }
        }
    }

    private static HeadingBlock? SoleLeadingH1(MarkdownDocument syntax)
    {
        var first = syntax.OfType<HeadingBlock>().FirstOrDefault();
        var leading = syntax.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock and not LinkReferenceDefinitionGroup);
        return first is { Level: 1 } && ReferenceEquals(first, leading) && syntax.OfType<HeadingBlock>().Count(h => h.Level == 1) == 1
            ? first
            : null;
    }

    private static string Summary(MarkdownDocument syntax)
    {
        foreach (var paragraph in MarkdownWalk.Blocks<ParagraphBlock>(syntax))
        {
            if (paragraph.Parent is ListItemBlock or QuoteBlock)
            {
                continue;
            }

            var text = MarkdownText.Of(paragraph.Inline);
            if (text.Length >= 40)
            {
                return Shorten(text, SummaryLength);
            }
        }

        return string.Empty;
    }

    public static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return (cut > length / 2 ? text[..cut] : text[..length]).TrimEnd(',', ';', ':', '.') + "…";
    }

    private static IReadOnlyList<TextSection> TextSections(MarkdownDocument syntax, StringPool? pool)
    {
        var sections = new List<TextSection>();
        string? anchor = null;
        var heading = string.Empty;
        var text = new System.Text.StringBuilder();

        void Flush()
        {
            var body = Trimmed(text);
            if (body.Length > 0 || anchor is not null)
            {
                sections.Add(new TextSection(anchor, heading, body));
            }

            text.Clear();
        }

        foreach (var block in syntax)
        {
            if (block is HeadingBlock h)
            {
                Flush();
                anchor = h.GetAttributes().Id;
                heading = Shared(MarkdownText.Of(h.Inline), pool);
                continue;
            }

            MarkdownText.AppendBlock(block, text);
        }

        Flush();
        return sections;
    }

    // The section's text without white space at either end, made as one string (every section ends with a space).
    private static string Trimmed(System.Text.StringBuilder text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }
}
