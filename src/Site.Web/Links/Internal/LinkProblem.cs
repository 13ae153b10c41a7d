namespace Site.Web.Links.Internal;

/// <summary>Why an internal link does not work, with a hint when there is one.</summary>
public sealed record LinkProblem(string Message, string Code, string? Hint = null);
