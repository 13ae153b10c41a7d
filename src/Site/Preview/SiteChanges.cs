namespace Site.Cli.Preview;

/// <summary>
/// What changed since the last build: files under the site root (relative, '/'-separated), or
/// everything (the first build, or a watcher that lost track of events).
/// </summary>
public sealed record SiteChanges(IReadOnlyCollection<string> Paths, bool Everything)
{
    public static SiteChanges All { get; } = new([], Everything: true);

    public override string ToString()
        => Everything ? "everything" : Paths.Count switch
        {
            0 => "nothing",
            1 => Paths.First(),
            _ => $"{Paths.First()} and {Paths.Count - 1} more",
        };
}
