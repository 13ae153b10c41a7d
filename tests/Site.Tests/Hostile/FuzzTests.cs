using System.Text;
using Site.Web.Tests.Support;

namespace Site.Tests.Hostile;

/// <summary>
/// Random mutations of the seeds and of front matter, from a fixed seed, through the whole
/// pipeline: content errors are fine, an unhandled exception (reported by the engine as
/// engine.* diagnostics) or a crash is not.
/// </summary>
public sealed class FuzzTests
{
    private const int Rounds = 6;
    private const int DocumentsPerRound = 25;
    private static readonly string[] Fragments =
    [
        "---\n", "\n---\n", "title: ", "url: ", "slug: ", "date: ", "[", "]", "(", ")", "{", "}", "`", "```", "~~~", "#", "## ", "> ", "- ", "* ", "1. ",
        "[x](y.md#z)", "<div>", "</div>", "<!--", "-->", "&amp;", "&#x0;", "\t", "\r\n", "\u0000", "\uFFFF", "\uD800", "重点主题", "🚀", "v1.7", "[beta] ",
        "kubernetes/features#88", "|a|b|\n|-|-|\n", "<!-- START doctoc -->", "<!-- END doctoc -->", ": ", "'", "\"", "\\", "*", "_", "~", "\n\n",
    ];

    [Fact]
    public async Task Mutated_markdown_and_front_matter_never_raise_an_unhandled_exception()
    {
        var random = new Random(20170630);
        var seeds = Directory.GetFiles(RepositoryPaths.Seeds, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            using var site = new FixtureSite();
            for (var i = 0; i < DocumentsPerRound; i++)
            {
                site.Write($"seeds/fuzz-{i:00}.md", Mutate(seeds[random.Next(seeds.Length)], random));
            }

            var result = await Site.Cli.Build.SiteBuilder.RunAsync(new Site.Cli.Build.BuildOptions { Root = site.Root, Quiet = true })
                .WaitAsync(TimeSpan.FromMinutes(2));
            var unexpected = result.Diagnostics.Sorted().Where(d => d.Code?.StartsWith("engine.", StringComparison.Ordinal) == true).ToList();
            Assert.True(unexpected.Count == 0, $"round {round}: " + string.Join('\n', unexpected));
        }
    }

    private static string Mutate(string text, Random random)
    {
        var result = new StringBuilder(text.Length > 6000 ? text[..random.Next(1000, 6000)] : text);
        if (random.Next(3) == 0)
        {
            result.Insert(0, "---\n" + Fragments[random.Next(Fragments.Length)] + Fragments[random.Next(Fragments.Length)] + "\n---\n");
        }

        var edits = random.Next(5, 60);
        for (var e = 0; e < edits && result.Length > 0; e++)
        {
            var at = random.Next(result.Length);
            switch (random.Next(4))
            {
                case 0:
                    result.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    result.Remove(at, Math.Min(random.Next(1, 40), result.Length - at));
                    break;
                case 2:
                    result[at] = (char)random.Next(0, 0x3000);
                    break;
                default:
                    var length = Math.Min(random.Next(1, 200), result.Length - at);
                    result.Insert(random.Next(result.Length), result.ToString(at, length));
                    break;
            }
        }

        return result.ToString();
    }
}
