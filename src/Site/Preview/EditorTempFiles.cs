namespace Site.Cli.Preview;

/// <summary>
/// Files that editors and tools write next to the real ones while saving (swap files, backups,
/// atomic-save temporaries). A change to one of them is not a change to the site.
/// </summary>
internal static class EditorTempFiles
{
    private static readonly string[] Suffixes = [".swp", ".swx", ".swo", "~", ".tmp", ".temp", ".bak", ".orig", ".crdownload", "___jb_tmp___", "___jb_old___"];

    private static readonly string[] Prefixes = [".#", ".~lock.", ".goutputstream-", "~$"];

    private static readonly string[] Names = ["4913", ".DS_Store", "Thumbs.db", "desktop.ini"];

    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0)
        {
            return false;
        }

        return Names.Contains(name, StringComparer.OrdinalIgnoreCase)
               || Suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
               || Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
               // Emacs auto-save files: #name#
               || (name.Length > 2 && name[0] == '#' && name[^1] == '#');
    }
}
