using System.Net;
using System.Text;
using Site.Web.Text;

namespace Site.Web.Html;

/// <summary>Plain text of an HTML fragment (tags dropped, entities decoded, white space folded), for search and summaries.</summary>
public static class HtmlText
{
    public static string Of(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                text.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return WhiteSpace.Collapse(WebUtility.HtmlDecode(text.ToString()));
    }
}
