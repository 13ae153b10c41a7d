namespace Site.Engine.Diagnostics;

/// <summary>
/// A place in a source file: path relative to the site root ('/' separators), 1-based line and
/// column. Line 0 means "the file as a whole"; column 0 means "the line as a whole".
/// </summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public override string ToString()
        => Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}
