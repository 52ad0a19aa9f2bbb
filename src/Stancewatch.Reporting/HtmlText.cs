using System.Globalization;

namespace Stancewatch.Reporting;

/// <summary>Escaping and small formatting rules shared by every part of the report.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for element content and for double- or single-quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A fragment id made of [A-Za-z0-9_-] only, so that any record id is a safe anchor.</summary>
    public static string Id(string prefix, string? key)
    {
        var sb = new System.Text.StringBuilder(prefix);
        foreach (char c in key ?? "")
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return sb.ToString();
    }

    /// <summary>An http(s) URL usable as a link target, or null for anything else (javascript:, data:, relative paths).</summary>
    public static string? SafeUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>CSS class of a stance or profile value (SUPPORT … OPPOSE, SILENT, UNKNOWN).</summary>
    public static string StanceClass(string? stance)
    {
        string name = (stance ?? "").ToLowerInvariant();
        return name is "support" or "understanding" or "neutral" or "concern" or "oppose" or "silent" ? "s-" + name : "s-unknown";
    }
}
