using System.Globalization;
using System.Text;
using Stancewatch.Extraction;
using static Stancewatch.Reporting.HtmlText;

namespace Stancewatch.Reporting;

/// <summary>The pieces every section shows: stance badges, actor names, and a finding's sentence highlighted in its paragraph with its source.</summary>
internal sealed class FindingMarkup(ReportIndex index)
{
    public string Badge(string? stance, string? label = null) =>
        $"<span class=\"badge {StanceClass(stance)}\">{Escape(label ?? stance ?? "UNKNOWN")}</span>";

    /// <summary>"Kazakhstan (KAZ, GOV: Mukhtar Tileuberdi)", with a link to the country's section when it has one.</summary>
    public string Actor(ActorRef? actor, bool link = true)
    {
        if (actor is null)
        {
            return "<span class=\"actor\">the document itself</span>";
        }

        string code = actor.Code;
        string name = string.Equals(code, ActorRef.Media.Code, StringComparison.Ordinal) ? "media / the article" : index.Name(code);
        var detail = new List<string>();
        if (!string.Equals(name, code, StringComparison.Ordinal))
        {
            detail.Add(code);
        }

        if (!string.IsNullOrEmpty(actor.Sector))
        {
            detail.Add(actor.Sector);
        }

        string person = string.IsNullOrEmpty(actor.Name) ? "" : ": " + actor.Name;
        string extra = detail.Count > 0 || person.Length > 0 ? $" <span class=\"muted\">({Escape(string.Join(", ", detail) + person)})</span>" : "";
        string label = Escape(name);
        if (link && index.Actors.Contains(code))
        {
            label = $"<a href=\"#{Id("country-", code)}\">{label}</a>";
        }

        return $"<span class=\"actor\">{label}{extra}</span>";
    }

    public string Code(string code) => index.Actors.Contains(code)
        ? $"<a href=\"#{Id("country-", code)}\">{Escape(index.Name(code))}</a>"
        : Escape(index.Name(code));

    /// <summary>The evidence sentence highlighted in its paragraph, the clause in bold, and where it comes from.</summary>
    public string Evidence(Evidence? evidence)
    {
        if (evidence is null)
        {
            return "<p class=\"no-evidence\">No sentence: inferred from the absence of any statement in the analysed documents.</p>";
        }

        var text = index.Text(evidence.Doc)?.Text;
        var context = EvidenceContext.Locate(text, evidence, index.Options.MaxContextLength);
        var sb = new StringBuilder("<figure class=\"evidence\"><blockquote>");
        if (context is null || text is null)
        {
            sb.Append("<mark>").Append(Escape(evidence.Text)).Append("</mark>");
            if (text is not null)
            {
                sb.Append(" <span class=\"muted\">(not found at its offsets in the stored text)</span>");
            }
        }
        else
        {
            var c = context;
            if (c.CutBefore)
            {
                sb.Append("… ");
            }

            sb.Append(Escape(text[c.Start..c.SentenceStart])).Append("<mark>").Append(Escape(text[c.SentenceStart..c.ClauseStart]));
            bool clause = c.ClauseStart > c.SentenceStart || c.ClauseEnd < c.SentenceEnd;
            sb.Append(clause ? "<strong>" : "").Append(Escape(text[c.ClauseStart..c.ClauseEnd])).Append(clause ? "</strong>" : "");
            sb.Append(Escape(text[c.ClauseEnd..c.SentenceEnd])).Append("</mark>").Append(Escape(text[c.SentenceEnd..c.End]));
            if (c.CutAfter)
            {
                sb.Append(" …");
            }
        }

        sb.Append("</blockquote><figcaption>").Append(Source(evidence)).Append("</figcaption></figure>");
        return sb.ToString();
    }

    /// <summary>"[2] Title — Publisher, 2022-03-03 · open the original", linking to the sources list and the original URL.</summary>
    public string Source(Evidence evidence)
    {
        var doc = index.Document(evidence.Doc);
        var sb = new StringBuilder();
        int number = index.Number(evidence.Doc);
        if (doc is null)
        {
            return $"Document {Escape(evidence.Doc)}, sentence {evidence.Sentence + 1}";
        }

        sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{Id("doc-", doc.Id)}\">[{number}]</a> ");
        sb.Append("<cite>").Append(Escape(doc.Title ?? Path.GetFileName(doc.Path))).Append("</cite>");
        if (!string.IsNullOrEmpty(doc.Publisher))
        {
            sb.Append(" — ").Append(Escape(doc.Publisher));
        }

        if (doc.Published is { } date)
        {
            sb.Append(", <time datetime=\"").Append(Date(date)).Append("\">").Append(Date(date)).Append("</time>");
            if (doc.PublishedInferred)
            {
                sb.Append(" <span class=\"muted\">(date inferred)</span>");
            }
        }

        sb.Append(", sentence ").Append(evidence.Sentence + 1);
        if (SafeUrl(doc.Url) is { } url)
        {
            sb.Append(" · <a class=\"external\" href=\"").Append(Escape(url)).Append("\" rel=\"noopener noreferrer\">original</a>");
        }

        return sb.ToString();
    }
}
