namespace Stancewatch.Text.Reading;

/// <summary>How sure a reader is that an input is in its format; the highest wins.</summary>
public enum FormatConfidence
{
    /// <summary>Not this format.</summary>
    No = 0,

    /// <summary>Could be: the reader can read any text (plain text).</summary>
    Fallback = 1,

    /// <summary>The file extension or media type says so.</summary>
    Extension = 2,

    /// <summary>The content itself says so (front matter, an &lt;html&gt; or &lt;rss&gt; root, a JSON object per line).</summary>
    Content = 3,
}
