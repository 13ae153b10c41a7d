namespace Site.Web.Links.External;

/// <summary>One redirect on the way from the linked URL: its status and where it pointed.</summary>
public sealed record RedirectHop(int StatusCode, string Location)
{
    /// <summary>301 and 308 tell the client to update its link; 302, 303 and 307 do not.</summary>
    public bool IsPermanent => StatusCode is 301 or 308;
}
