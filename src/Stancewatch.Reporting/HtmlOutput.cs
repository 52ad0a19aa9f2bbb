namespace Stancewatch.Reporting;

/// <summary>A text writer that chains, so that markup reads in the order it is written.</summary>
internal sealed class HtmlOutput(TextWriter inner)
{
    public HtmlOutput Write(string? text)
    {
        inner.Write(text);
        return this;
    }

    public HtmlOutput Write(char c)
    {
        inner.Write(c);
        return this;
    }
}
