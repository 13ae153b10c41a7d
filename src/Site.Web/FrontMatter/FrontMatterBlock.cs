namespace Site.Web.FrontMatter;

/// <summary>Finds the YAML block between a first line '---' and the next '---' (or '...') line.</summary>
public readonly record struct FrontMatterBlock(string Yaml, int FirstYamlLine, int EndLine)
{
    public static bool StartsLikeFrontMatter(string text)
        => text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal);

    public static bool TryFind(string text, out FrontMatterBlock block)
    {
        block = default;
        if (!StartsLikeFrontMatter(text))
        {
            return false;
        }

        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var yamlStart = lineStart;
        var lineNumber = 2;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, end - lineStart).TrimEnd('\r');
            if (line is "---" or "...")
            {
                block = new FrontMatterBlock(text[yamlStart..lineStart], 2, lineNumber);
                return true;
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            lineNumber++;
        }

        return false;
    }
}
