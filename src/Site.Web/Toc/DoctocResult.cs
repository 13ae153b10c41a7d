using Site.Engine.Diagnostics;

namespace Site.Web.Toc;

public enum DoctocOutcome
{
    /// <summary>The block is current; the file stays as it is.</summary>
    Unchanged,

    /// <summary><see cref="DoctocResult.Content"/> is the file with its block inserted or updated.</summary>
    Updated,

    /// <summary>Not touched: <c>&lt;!-- DOCTOC SKIP --&gt;</c>, or update-only and no block.</summary>
    Skipped,

    /// <summary>The block is broken (see the diagnostics); the file stays as it is.</summary>
    Failed,
}

/// <summary>What updating one file's doctoc block gives: the outcome, the content to write, and the problems.</summary>
public sealed record DoctocResult(DoctocOutcome Outcome, string Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Changed => Outcome == DoctocOutcome.Updated;
}
