using Site.Web.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Workflows;

/// <summary>One GitHub Actions workflow file, read with YamlDotNet's node model (no schema, no surprises with `on:`).</summary>
internal sealed class Workflow
{
    private Workflow(string name, string text, YamlMappingNode root)
    {
        Name = name;
        Text = text;
        Root = root;
    }

    public static string Folder => Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    public string Name { get; }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Jobs => Map(Root, "jobs");

    public IEnumerable<(string Job, YamlMappingNode Step)> Steps
        => Jobs.Children.SelectMany(job => Sequence((YamlMappingNode)job.Value, "steps")
            .Cast<YamlMappingNode>().Select(step => (((YamlScalarNode)job.Key).Value!, step)));

    public IEnumerable<string> Runs => Steps.Select(s => Scalar(s.Step, "run")).OfType<string>();

    public static IReadOnlyList<Workflow> All()
        => Directory.GetFiles(Folder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(Load).ToList();

    public static Workflow Load(string path)
    {
        var text = File.ReadAllText(path);
        var yaml = new YamlStream();
        using (var reader = new StringReader(text))
        {
            yaml.Load(reader);
        }

        return new Workflow(Path.GetFileName(path), text, (YamlMappingNode)yaml.Documents.Single().RootNode);
    }

    public static Workflow Named(string file) => Load(Path.Combine(Folder, file));

    public static YamlMappingNode Map(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map
            : throw new Xunit.Sdk.XunitException($"no mapping '{key}'");

    public static YamlMappingNode? MapOrNull(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    public static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children : [];

    public static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static bool Has(YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The step of any job that uses an action (owner/name), or null.</summary>
    public (string Job, YamlMappingNode Step)? Using(string action)
        => Steps.Cast<(string, YamlMappingNode)?>().FirstOrDefault(s => Scalar(s!.Value.Item2, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true);

    public override string ToString() => Name;
}
