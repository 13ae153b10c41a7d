namespace Site.Engine.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
