using System.CommandLine;
using Site.Cli.Build;

namespace Site.Cli.Commands;

/// <summary>Options shared by build, check and preview.</summary>
internal sealed class CommonOptions
{
    public Option<string> Root { get; } = new("--root")
    {
        Description = "The site root holding input/, seeds/ and theme/ (default: the current directory).",
        DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
    };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Where to write the site (default: output/ under the root)." };

    public Option<string?> BasePath { get; } = new("--base-path") { Description = "Serve the site under this path, e.g. /repo/ for a GitHub Pages project site." };

    public Option<bool> Clean { get; } = new("--clean") { Description = "Drop caches and rebuild everything." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print more detail." };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only problems and the summary line." };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Output);
        command.Options.Add(BasePath);
        command.Options.Add(Clean);
        command.Options.Add(Verbose);
        command.Options.Add(Quiet);
    }

    public BuildOptions Read(ParseResult parse, bool publish)
    {
        var root = Path.GetFullPath(parse.GetValue(Root) ?? Directory.GetCurrentDirectory());
        return new BuildOptions
        {
            Root = root,
            Output = parse.GetValue(Output),
            BasePath = parse.GetValue(BasePath),
            Clean = parse.GetValue(Clean),
            Publish = publish,
            Verbose = parse.GetValue(Verbose),
            Quiet = parse.GetValue(Quiet),
        };
    }
}
