namespace Site.Engine.Diagnostics;

/// <summary>The one channel every module reports problems through.</summary>
public interface IDiagnostics
{
    void Report(Diagnostic diagnostic);
}
