using System.Globalization;

namespace Site.Cli.Build;

/// <summary>"1 error, 2 warnings": the counts a summary line and the progress line show.</summary>
internal static class ProblemCount
{
    public static string Of(int errors, int warnings)
        => string.Create(CultureInfo.InvariantCulture, $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
}
