namespace Site.Cli.Reporting;

/// <summary>One sentence per diagnostic code, for the rules of a SARIF report (code-scanning UIs show it as the rule's title).</summary>
public static class RuleDescriptions
{
    /// <summary>The rule id of diagnostics that have no code.</summary>
    public const string GeneralRule = "general";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["link.missing"] = "An internal link points at a page or file the site does not have.",
        ["link.anchor"] = "An internal link's #fragment names no anchor on the target page.",
        ["link.outside"] = "An internal link points outside the site's base path.",
        ["link.external.broken"] = "An external link answers with an error status.",
        ["link.external.timeout"] = "An external link did not answer in time.",
        ["link.external.rate-limited"] = "An external site refused the check with 429 Too Many Requests.",
        ["link.external.redirects"] = "An external link redirects in a loop or too many times.",
        ["link.external.unreachable"] = "An external link's host could not be reached.",
        ["link.external.invalid"] = "An external link is not an absolute http(s) URL.",
        ["link.external.moved"] = "An external link has moved permanently; link to its new address.",
        ["link.external.cache"] = "The cache of external link answers could not be written.",
        ["settings.invalid"] = "A settings file is not valid.",
        ["output.duplicate"] = "Two documents would write the same output file.",
        ["path.unsafe"] = "A path would write outside the output folder.",
        ["toc.marker"] = "A doctoc table-of-contents block is malformed.",
        [GeneralRule] = "A problem found while building the site.",
    };

    public static string For(string code)
        => Descriptions.TryGetValue(code, out var description) ? description : $"Problems of kind {code}.";
}
