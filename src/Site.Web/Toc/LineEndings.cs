namespace Site.Web.Toc;

internal static class LineEndings
{
    /// <summary>
    /// The line ending a file uses throughout (CRLF, CR or LF); LF when it has none or mixes them,
    /// which is how doctoc decides which ending to write.
    /// </summary>
    public static string Detect(string text)
    {
        string? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            string current;
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    current = "\r\n";
                    i++;
                }
                else
                {
                    current = "\r";
                }
            }
            else if (text[i] == '\n')
            {
                current = "\n";
            }
            else
            {
                continue;
            }

            if (found is not null && found != current)
            {
                return "\n";
            }

            found = current;
        }

        return found ?? "\n";
    }
}
