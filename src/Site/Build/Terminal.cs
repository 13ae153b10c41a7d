namespace Site.Cli.Build;

/// <summary>Whether a writer is a person's terminal, where a progress line may overwrite itself.</summary>
internal static class Terminal
{
    /// <summary>
    /// True only for the real console on a terminal, outside CI and not on a dumb terminal: CI logs
    /// and redirected output keep every character, so carriage returns there would be noise.
    /// </summary>
    public static bool IsInteractive(TextWriter output)
        => ReferenceEquals(output, Console.Out)
           && !Console.IsOutputRedirected
           && !IsCi(Environment.GetEnvironmentVariable("CI"))
           && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public static bool IsCi(string? value)
        => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    /// <summary>Columns available for one line; a safe width when the console cannot tell.</summary>
    public static int Width()
    {
        try
        {
            return Console.WindowWidth is > 20 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
        catch (PlatformNotSupportedException)
        {
            return 80;
        }
    }
}
