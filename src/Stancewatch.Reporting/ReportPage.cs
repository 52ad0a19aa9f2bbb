using System.Globalization;
using Stancewatch.Analysis;
using Stancewatch.Extraction;
using static Stancewatch.Reporting.HtmlText;

namespace Stancewatch.Reporting;

/// <summary>Writes the whole page: header and summary, the matrix, one section per country, disputes, silences, votes, events and sources.</summary>
internal sealed class ReportPage(ReportIndex index, HtmlOutput w)
{
    private readonly FindingMarkup _m = new(index);
    private readonly StanceTimelineChart _chart = new(index);

    private AnalysisResult R => index.Result;

    public void Write()
    {
        string title = index.Options.Title ?? "Stancewatch: " + R.Topic;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // Nothing may be fetched: the report must open offline and leak nothing about who reads it.
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.Write($"<title>{Escape(title)}</title>\n<style>{ReportAssets.Css}</style>\n</head>\n");
        w.Write("<body data-script=\"pending\">\n<a class=\"skip\" href=\"#main\">Skip to the findings</a>\n");
        Header(title);
        w.Write("<main id=\"main\">\n");
        Matrix();
        Countries();
        Disputes();
        Silences();
        Votes();
        Events();
        Sources();
        w.Write("</main>\n<footer><p>Made by Stancewatch from ").Write(R.Documents.Length.ToString(CultureInfo.InvariantCulture));
        w.Write(" documents. Every finding quotes its sentence; the numbers in brackets point to the sources list.</p>");
        w.Write("<p id=\"script-status\" class=\"muted\">Interactive features are off (scripts disabled); everything is shown.</p></footer>\n");
        w.Write($"<script>{ReportAssets.Script}</script>\n</body>\n</html>\n");
    }

    private void Header(string title)
    {
        var dates = R.Documents.Select(d => d.Published).OfType<DateOnly>().ToList();
        w.Write($"<header>\n<h1>{Escape(title)}</h1>\n<p class=\"summary\">Topic <strong>{Escape(R.Topic)}</strong>");
        if (dates.Count > 0)
        {
            w.Write($" · documents published {Date(dates.Min())} to {Date(dates.Max())}");
        }

        if (index.Options.GeneratedAt is { } at)
        {
            w.Write($" · report made {Escape(at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}");
        }

        w.Write("</p>\n<ul class=\"counts\">");
        Count(index.Actors.Length, "governments", "#matrix");
        Count(R.Claims.Length, "stance claims", "#countries");
        Count(R.Disputes.Length, "disputes", "#disputes");
        Count(R.Silences.Length, "silences", "#silences");
        Count(R.Votes.Length, "votes", "#votes");
        Count(R.Events.Length, "events", "#events");
        Count(R.Documents.Length, "documents", "#sources");
        w.Write("</ul>\n<nav aria-label=\"Sections\"><ul>");
        foreach (var (href, label) in new[] { ("#matrix", "Overview"), ("#countries", "Countries"), ("#disputes", "Disputes"), ("#silences", "Silences"), ("#votes", "Votes"), ("#events", "Events"), ("#sources", "Sources") })
        {
            w.Write($"<li><a href=\"{href}\">{label}</a></li>");
        }

        w.Write("</ul></nav>\n");
        w.Write("<div id=\"filter\" class=\"filter\" hidden><label for=\"filter-input\">Show only governments matching</label> <input id=\"filter-input\" type=\"search\" placeholder=\"e.g. KAZ or Kazakhstan\" autocomplete=\"off\"></div>\n");
        w.Write("</header>\n");
    }

    private void Count(int n, string label, string href) =>
        w.Write($"<li><a href=\"{href}\"><strong>{n.ToString(CultureInfo.InvariantCulture)}</strong> {label}</a></li>");

    private void Matrix()
    {
        w.Write("<section id=\"matrix\" aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Where each government stands</h2>\n");
        w.Write("<p class=\"legend\">Scale, from most to least favourable to the acting party: ");
        w.Write(string.Join(" ", ReportIndex.Levels.Append("UNKNOWN").Select(l => _m.Badge(l))));
        w.Write(". <span class=\"flag\">disputed</span> marks a government whose position the sources give differently.</p>\n");
        if (index.Actors.IsEmpty)
        {
            w.Write("<p>No government positions were found.</p></section>\n");
            return;
        }

        w.Write("<div class=\"scroll\"><table class=\"matrix\">\n<caption>Current stance and indicators per government</caption>\n<thead><tr><th scope=\"col\">Government</th><th scope=\"col\">Current stance</th><th scope=\"col\">Confidence</th><th scope=\"col\">Claims</th><th scope=\"col\">Silences</th>");
        foreach (string indicator in index.Indicators)
        {
            w.Write($"<th scope=\"col\">{Escape(indicator.Replace('_', ' '))}</th>");
        }

        w.Write("</tr></thead>\n<tbody>\n");
        foreach (string actor in index.Actors)
        {
            var p = index.Profiles.GetValueOrDefault(actor);
            w.Write($"<tr data-filter=\"{Escape(Filter(actor))}\"><th scope=\"row\"><a href=\"#{Id("country-", actor)}\">{Escape(index.Name(actor))}</a>");
            if (!string.Equals(index.Name(actor), actor, StringComparison.Ordinal))
            {
                w.Write($" <span class=\"muted\">{Escape(actor)}</span>");
            }

            w.Write("</th><td>").Write(_m.Badge(p?.Stance ?? "UNKNOWN", p is null ? "no profile" : null));
            if (p?.Disputed == true)
            {
                w.Write(" <span class=\"flag\">disputed</span>");
            }

            w.Write("</td><td class=\"num\">").Write(p is null ? "–" : Number(p.Confidence));
            w.Write("</td><td class=\"num\">").Write(index.ClaimsAbout(actor).Count().ToString(CultureInfo.InvariantCulture));
            w.Write("</td><td class=\"num\">").Write(index.SilencesOf(actor).Count().ToString(CultureInfo.InvariantCulture));
            w.Write("</td>");
            foreach (string indicator in index.Indicators)
            {
                string? value = p?.Indicators.GetValueOrDefault(indicator);
                w.Write(value is null ? "<td class=\"none\"><span class=\"sr\">not reported</span>·</td>" : $"<td>{Escape(value.Replace('_', ' '))}</td>");
            }

            w.Write("</tr>\n");
        }

        w.Write("</tbody></table></div>\n</section>\n");
    }

    private void Countries()
    {
        w.Write("<section id=\"countries\" aria-labelledby=\"countries-h\">\n<h2 id=\"countries-h\">Government by government</h2>\n");
        w.Write("<p class=\"legend\">In each chart: <svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5.5\"/></svg> its own voice, ");
        w.Write("<svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><rect x=\"1.5\" y=\"1.5\" width=\"11\" height=\"11\"/></svg> another government, ");
        w.Write("<svg class=\"key\" width=\"14\" height=\"14\" aria-hidden=\"true\"><path d=\"M7,1 L13,12 L1,12 Z\"/></svg> media or commentators; ");
        w.Write("<svg class=\"key silence\" width=\"14\" height=\"14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\" r=\"5.5\"/></svg> a silence (dashed: inferred); the dashed line is the profile over time. Select a point to read its finding.</p>\n");
        foreach (string actor in index.Actors)
        {
            Country(actor);
        }

        w.Write("</section>\n");
    }

    private void Country(string actor)
    {
        var p = index.Profiles.GetValueOrDefault(actor);
        string id = Id("country-", actor);
        w.Write($"<article class=\"country\" id=\"{id}\" data-filter=\"{Escape(Filter(actor))}\" aria-labelledby=\"{id}-h\">\n");
        w.Write($"<h3 id=\"{id}-h\">{Escape(index.Name(actor))} {_m.Badge(p?.Stance ?? "UNKNOWN", p is null ? "no profile" : null)}");
        if (p?.Disputed == true)
        {
            w.Write(" <span class=\"flag\">disputed</span>");
        }

        w.Write("</h3>\n<p class=\"muted\">");
        w.Write(p is null ? "No profile was computed for this actor." : $"Confidence {Number(p.Confidence)}.");
        if (p is not null && !p.Indicators.IsEmpty)
        {
            w.Write(" Indicators: " + string.Join("; ", p.Indicators.Select(kv => $"{Escape(kv.Key.Replace('_', ' '))}: <strong>{Escape(kv.Value.Replace('_', ' '))}</strong>")) + ".");
        }

        w.Write("</p>\n").Write(_chart.Render(actor) ?? "<p class=\"no-evidence\">Nothing dated or claimed to chart.</p>").Write('\n');
        if (p is not null && p.Timeline.Length > 0)
        {
            w.Write("<details class=\"data\"><summary>Timeline as a table</summary><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Stance</th><th scope=\"col\">Claims</th></tr></thead><tbody>");
            foreach (var t in p.Timeline)
            {
                w.Write($"<tr><td>{(t.Date is null ? "undated" : Date(t.Date))}</td><td>{_m.Badge(t.Stance)}</td><td>");
                w.Write(string.Join(", ", t.Claims.Select(c => $"<a href=\"#{Id("claim-", c)}\">{Escape(c)}</a>")));
                w.Write("</td></tr>");
            }

            w.Write("</tbody></table></details>\n");
        }

        var claims = index.ClaimsAbout(actor).ToList();
        if (claims.Count > 0)
        {
            w.Write($"<h4>What the sources say about {Escape(index.Name(actor))}'s position</h4>\n<ol class=\"findings\">\n");
            foreach (var c in claims)
            {
                Claim(c);
            }

            w.Write("</ol>\n");
        }

        var silences = index.SilencesOf(actor).ToList();
        if (silences.Count > 0)
        {
            w.Write("<h4>Silences</h4>\n<ol class=\"findings\">\n");
            foreach (var s in silences)
            {
                Silence(s, withActor: false);
            }

            w.Write("</ol>\n");
        }

        var votes = index.VotesOf(actor).ToList();
        if (votes.Count > 0)
        {
            w.Write("<h4>Votes</h4>\n<ul class=\"plain\">");
            foreach (var v in votes)
            {
                w.Write($"<li><strong>{Escape(v.Choice.ToString().Replace('_', ' '))}</strong> on {Escape(v.Resolution)} (<a href=\"#votes\">details</a>)</li>");
            }

            w.Write("</ul>\n");
        }

        var disputes = index.DisputesAbout(actor).ToList();
        if (disputes.Count > 0)
        {
            w.Write("<p>Disputed accounts: ").Write(string.Join(", ", disputes.Select(d => $"<a href=\"#{Id("dispute-", d.Id)}\">{Escape(Interaction(d))}</a>"))).Write("</p>\n");
        }

        w.Write("</article>\n");
    }

    private void Claim(Claim c)
    {
        w.Write($"<li class=\"finding\" id=\"{Id("claim-", c.Id)}\"><p class=\"head\">{_m.Badge(c.Stance.ToString())} according to {_m.Actor(c.Claimant)}");
        if (c.Date is { } d)
        {
            w.Write($", <time datetime=\"{Date(d)}\">{Date(d)}</time>");
        }

        if (!string.IsNullOrEmpty(c.Basis))
        {
            w.Write($" <span class=\"tag\">{Escape(c.Basis)}</span>");
        }

        if (c.Uncertain)
        {
            w.Write(" <span class=\"tag warn\">uncertain</span>");
        }

        w.Write("</p>");
        if (!string.IsNullOrEmpty(c.Reason))
        {
            w.Write($"<p class=\"why\">Why: {Escape(c.Reason)}</p>");
        }

        w.Write(_m.Evidence(c.Evidence)).Write("</li>\n");
    }

    private void Disputes()
    {
        w.Write("<section id=\"disputes\" aria-labelledby=\"disputes-h\">\n<h2 id=\"disputes-h\">Disputed accounts</h2>\n");
        w.Write("<p class=\"legend\">Where the readouts of one call or meeting give a government's position differently, or one leaves out what the other asserts.</p>\n");
        if (R.Disputes.IsEmpty)
        {
            w.Write("<p>No disputes were found.</p>\n");
        }

        foreach (var d in R.Disputes)
        {
            string id = Id("dispute-", d.Id);
            w.Write($"<article class=\"dispute\" id=\"{id}\" data-filter=\"{Escape(Filter(d.Subject.Code))}\" aria-labelledby=\"{id}-h\">\n");
            w.Write($"<h3 id=\"{id}-h\">{_m.Code(d.Subject.Code)}: {Escape(Interaction(d))}</h3>\n");
            if (!string.IsNullOrEmpty(d.Note))
            {
                w.Write($"<p class=\"why\">{Escape(d.Note)}</p>\n");
            }

            w.Write("<div class=\"accounts\">\n");
            foreach (var a in d.Accounts)
            {
                w.Write($"<section class=\"account\"><h4>According to {_m.Actor(a.Claimant)}</h4><p>");
                w.Write(a.Stance is { } s ? $"{Escape(index.Name(d.Subject.Code))}'s position: {_m.Badge(s.ToString())}" : "<span class=\"badge s-omission\">says nothing</span> on the position (an omission)");
                w.Write("</p>").Write(_m.Evidence(a.Evidence)).Write("</section>\n");
            }

            w.Write("</div>\n</article>\n");
        }

        w.Write("</section>\n");
    }

    private void Silences()
    {
        w.Write("<section id=\"silences\" aria-labelledby=\"silences-h\">\n<h2 id=\"silences-h\">Silences</h2>\n");
        var explicitOnes = R.Silences.Where(s => !s.Inferred).ToList();
        var inferred = R.Silences.Where(s => s.Inferred).ToList();
        w.Write("<h3>Reported in the sources</h3>\n<p class=\"legend\">The text says the government made no statement, avoided comment, left the crisis out of its own readout, or withdrew what it had said.</p>\n");
        if (explicitOnes.Count == 0)
        {
            w.Write("<p>None.</p>\n");
        }
        else
        {
            w.Write("<ol class=\"findings\">\n");
            foreach (var s in explicitOnes)
            {
                Silence(s, withActor: true);
            }

            w.Write("</ol>\n");
        }

        w.Write("<h3>Inferred from absence</h3>\n<p class=\"legend\">Governments active in the period with no statement on the crisis in the analysed documents. No sentence says so: this is an inference.</p>\n");
        if (inferred.Count == 0)
        {
            w.Write("<p>None.</p>\n");
        }
        else
        {
            w.Write("<table><thead><tr><th scope=\"col\">Government</th><th scope=\"col\">As of</th><th scope=\"col\">Kind</th></tr></thead><tbody>\n");
            foreach (var s in inferred)
            {
                w.Write($"<tr id=\"{index.SilenceId(s)}\" data-filter=\"{Escape(Filter(s.Actor.Code))}\"><th scope=\"row\">{_m.Code(s.Actor.Code)}</th><td>{(s.Date is null ? "–" : Date(s.Date))}</td><td>{Kind(s.Kind)} (inferred)</td></tr>\n");
            }

            w.Write("</tbody></table>\n");
        }

        w.Write("</section>\n");
    }

    private void Silence(Silence s, bool withActor)
    {
        string anchor = withActor ? $" id=\"{index.SilenceId(s)}\"" : "";
        w.Write($"<li class=\"finding\"{anchor} data-filter=\"{Escape(Filter(s.Actor.Code))}\"><p class=\"head\"><span class=\"badge {(s.Kind == SilenceKind.Retraction ? "s-retraction" : "s-silent")}\">{Kind(s.Kind)}</span>");
        if (withActor)
        {
            w.Write(" ").Write(_m.Actor(s.Actor));
        }

        w.Write($" according to {_m.Actor(s.Claimant)}");
        if (s.Date is { } d)
        {
            w.Write($", <time datetime=\"{Date(d)}\">{Date(d)}</time>");
        }

        if (s.Inferred)
        {
            w.Write(" <span class=\"tag warn\">inferred</span>");
        }

        w.Write("</p>").Write(_m.Evidence(s.Evidence)).Write("</li>\n");
    }

    private void Votes()
    {
        w.Write("<section id=\"votes\" aria-labelledby=\"votes-h\">\n<h2 id=\"votes-h\">Votes in international bodies</h2>\n");
        if (R.Votes.IsEmpty)
        {
            w.Write("<p>No votes were found.</p>\n</section>\n");
            return;
        }

        foreach (var group in R.Votes.GroupBy(v => v.Resolution, StringComparer.Ordinal))
        {
            w.Write($"<h3>{Escape(group.Key)}</h3>\n<ol class=\"findings\">\n");
            foreach (var v in group)
            {
                w.Write($"<li class=\"finding\" data-filter=\"{Escape(Filter(v.Actor.Code))}\"><p class=\"head\">{_m.Actor(v.Actor)}: <strong>{Escape(v.Choice.ToString().Replace('_', ' '))}</strong>");
                if (v.Claimant is not null)
                {
                    w.Write($" according to {_m.Actor(v.Claimant)}");
                }

                w.Write("</p>").Write(_m.Evidence(v.Evidence)).Write("</li>\n");
            }

            w.Write("</ol>\n");
        }

        w.Write("</section>\n");
    }

    private void Events()
    {
        w.Write("<section id=\"events\" aria-labelledby=\"events-h\">\n<h2 id=\"events-h\">Events</h2>\n");
        w.Write("<p class=\"legend\">What one actor did to another, coded in PLOVER, by document: acts only. <code>stancewatch code</code> also lists what the texts say did not or may happen, marked.</p>\n");
        if (R.Events.IsEmpty)
        {
            w.Write("<p>No events were found.</p>\n");
        }

        foreach (var group in R.Events.GroupBy(e => e.Evidence.Doc, StringComparer.Ordinal))
        {
            var doc = index.Document(group.Key);
            string name = doc is null ? group.Key : $"[{index.Number(group.Key)}] {doc.Title ?? Path.GetFileName(doc.Path)}";
            int count = group.Count();
            w.Write($"<details class=\"events\"><summary>{Escape(name)} — {count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? "event" : "events")}</summary>\n<ol class=\"findings\">\n");
            foreach (var e in group)
            {
                string codes = string.Join(' ', e.Source.Concat(e.Target).Select(a => a.Code));
                w.Write($"<li class=\"finding\" id=\"{Id("event-", e.Id)}\" data-filter=\"{Escape(Filter(codes))}\"><p class=\"head\"><span class=\"tag event\">{e.Type}</span> ");
                w.Write(Actors(e.Source)).Write(" → ").Write(Actors(e.Target));
                if (e.Date is { } d)
                {
                    w.Write($", <time datetime=\"{Date(d)}\">{Date(d)}</time>");
                }

                if (e.Claimant is not null)
                {
                    w.Write($", according to {_m.Actor(e.Claimant)}");
                }

                foreach (var (on, label) in new[] { (e.Negated, "negated"), (e.Hypothetical, "hypothetical"), (e.Denied, "denied"), (e.Uncertain, "uncertain") })
                {
                    if (on)
                    {
                        w.Write($" <span class=\"tag warn\">{label}</span>");
                    }
                }

                w.Write("</p>").Write(_m.Evidence(e.Evidence)).Write("</li>\n");
            }

            w.Write("</ol></details>\n");
        }

        w.Write("</section>\n");
    }

    private void Sources()
    {
        w.Write("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n<ol class=\"sources\">\n");
        foreach (var d in R.Documents)
        {
            w.Write($"<li id=\"{Id("doc-", d.Id)}\"><cite>{Escape(d.Title ?? Path.GetFileName(d.Path))}</cite>");
            if (!string.IsNullOrEmpty(d.Publisher))
            {
                w.Write($" — {Escape(d.Publisher)}");
            }

            if (d.Published is { } date)
            {
                w.Write($", <time datetime=\"{Date(date)}\">{Date(date)}</time>{(d.PublishedInferred ? " <span class=\"muted\">(date inferred from the text)</span>" : "")}");
            }

            w.Write($"<br><span class=\"muted\">{Escape(d.Path)}</span>");
            if (SafeUrl(d.Url) is { } url)
            {
                w.Write($" · <a class=\"external\" href=\"{Escape(url)}\" rel=\"noopener noreferrer\">{Escape(url)}</a>");
            }

            if (d.DuplicateOf is not null)
            {
                w.Write($" · <span class=\"tag\">same story as <a href=\"#{Id("doc-", d.DuplicateOf)}\">[{index.Number(d.DuplicateOf)}]</a>; counted once</span>");
            }

            w.Write("</li>\n");
        }

        w.Write("</ol>\n</section>\n");
    }

    private string Actors(IEnumerable<ActorRef> actors)
    {
        var list = actors.ToList();
        return list.Count == 0 ? "<span class=\"muted\">—</span>" : string.Join(", ", list.Select(a => _m.Actor(a)));
    }

    private static string Interaction(Dispute d) => d.Interaction is { } i
        ? $"{i.Event} {string.Join("–", i.Participants)}{(i.Date is null ? "" : " " + Date(i.Date))}"
        : "accounts that disagree";

    private static string Kind(SilenceKind kind) => kind switch
    {
        SilenceKind.Omission => "omission",
        SilenceKind.Retraction => "retraction",
        _ => "silence",
    };

    private string Filter(string codes) =>
        string.Join(' ', codes.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(c => new[] { c, index.Name(c) })).ToLowerInvariant();
}
