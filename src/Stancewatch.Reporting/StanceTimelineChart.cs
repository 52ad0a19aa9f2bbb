using System.Globalization;
using System.Text;
using Stancewatch.Analysis;
using Stancewatch.Extraction;
using static Stancewatch.Reporting.HtmlText;

namespace Stancewatch.Reporting;

/// <summary>
/// One government's stance over time as an inline SVG: a row per stance level, a point per claim about it (circle:
/// its own voice; square: another government; triangle: media), linked to the claim, and the profile's timeline as a
/// stepped line. Undated claims stand in a band of their own at the right.
/// </summary>
internal sealed class StanceTimelineChart(ReportIndex index)
{
    private const double Width = 720, Left = 124, Right = 96, Top = 14, RowHeight = 26, Bottom = 30;

    /// <summary>The chart, or null when the analysis holds neither a claim nor a silence for <paramref name="actor"/>.</summary>
    public string? Render(string actor)
    {
        var claims = index.ClaimsAbout(actor).ToList();
        var silences = index.SilencesOf(actor).ToList();
        var profile = index.Profiles.GetValueOrDefault(actor);
        var timeline = profile?.Timeline.Where(t => t.Date is not null && Level(t.Stance) >= 0).OrderBy(t => t.Date).ToList() ?? [];
        var dates = claims.Select(c => c.Date).Concat(timeline.Select(t => t.Date)).Concat(silences.Select(x => x.Date)).OfType<DateOnly>().ToList();
        double height = Top + (ReportIndex.Levels.Length * RowHeight) + Bottom;
        double plotRight = Width - Right;
        DateOnly? first = dates.Count > 0 ? dates.Min() : null, last = dates.Count > 0 ? dates.Max() : null;

        double X(DateOnly d)
        {
            if (first is null || last is null || first == last)
            {
                return (Left + plotRight) / 2;
            }

            double span = last.Value.DayNumber - first.Value.DayNumber;
            return Left + 12 + ((d.DayNumber - first.Value.DayNumber) / span * (plotRight - Left - 24));
        }

        double Y(int level) => Top + (level * RowHeight) + (RowHeight / 2);

        if (claims.Count == 0 && silences.Count == 0 && timeline.Count == 0)
        {
            return null;
        }

        string titleId = Id("chart-title-", actor), descId = Id("chart-desc-", actor);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">Stance timeline: {Escape(index.Name(actor))}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{Escape(Describe(claims, silences.Count, first, last, profile))}</desc>");

        for (int i = 0; i < ReportIndex.Levels.Length; i++)
        {
            string level = ReportIndex.Levels[i];
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - 6}\" y1=\"{Y(i)}\" y2=\"{Y(i)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"level {StanceClass(level)}\" x=\"{Left - 8}\" y=\"{Y(i) + 4}\" text-anchor=\"end\">{level}</text>");
        }

        double axisY = Top + (ReportIndex.Levels.Length * RowHeight);
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{plotRight}\" y1=\"{axisY}\" y2=\"{axisY}\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{plotRight + 8}\" x2=\"{Width - 6}\" y1=\"{axisY}\" y2=\"{axisY}\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{(plotRight + Width) / 2}\" y=\"{axisY + 18}\" text-anchor=\"middle\">undated</text>");
        if (first is { } f && last is { } l)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(f)}\" y=\"{axisY + 18}\" text-anchor=\"{(f == l ? "middle" : "start")}\">{Date(f)}</text>");
            if (l != f)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{X(l)}\" y=\"{axisY + 18}\" text-anchor=\"end\">{Date(l)}</text>");
            }
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{(Left + plotRight) / 2}\" y=\"{axisY + 18}\" text-anchor=\"middle\">no dated claims</text>");
        }

        if (timeline.Count > 0)
        {
            var path = new StringBuilder();
            for (int i = 0; i < timeline.Count; i++)
            {
                double x = X(timeline[i].Date!.Value), y = Y(Level(timeline[i].Stance));
                path.Append(i == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"M{x:0.#},{y:0.#}")
                    : string.Create(CultureInfo.InvariantCulture, $" H{x:0.#} V{y:0.#}"));
            }

            path.Append(CultureInfo.InvariantCulture, $" H{plotRight:0.#}");
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"trend\" d=\"{path}\"><title>Profile timeline</title></path>");
        }

        // Points that fall on the same spot are spread sideways so that each stays visible and clickable.
        var taken = new Dictionary<(int X, int Level), int>();
        int undated = 0;
        foreach (var claim in claims.OrderBy(c => c.Date ?? DateOnly.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            int level = Level(claim.Stance.ToString());
            double x = claim.Date is { } d ? X(d) : plotRight + 20 + (undated++ % 6 * 12);
            int slot = taken.TryGetValue(((int)x, level), out int n) ? n : 0;
            taken[((int)x, level)] = slot + 1;
            x += slot == 0 ? 0 : (slot % 2 == 1 ? 1 : -1) * ((slot + 1) / 2) * 9;
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{Id("claim-", claim.Id)}\">");
            sb.Append(Marker(claim, x, Y(level)));
            sb.Append("<title>").Append(Escape(Tooltip(claim))).Append("</title></a>");
        }

        int silentRow = Level("SILENT");
        foreach (var silence in silences)
        {
            double x = silence.Date is { } d ? X(d) : plotRight + 20 + (undated++ % 6 * 12);
            int slot = taken.TryGetValue(((int)x, silentRow), out int n) ? n : 0;
            taken[((int)x, silentRow)] = slot + 1;
            x += slot == 0 ? 0 : (slot % 2 == 1 ? 1 : -1) * ((slot + 1) / 2) * 9;
            string kind = silence.Kind.ToString().ToLowerInvariant();
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"#{index.SilenceId(silence)}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"point silence{(silence.Inferred ? " inferred" : "")}\" cx=\"{x:0.#}\" cy=\"{Y(silentRow):0.#}\" r=\"5.5\"/>");
            sb.Append("<title>").Append(Escape($"{(silence.Date is { } sd ? Date(sd) : "undated")} · {kind}{(silence.Inferred ? " (inferred)" : "")} · according to {index.Name(silence.Claimant.Code)}")).Append("</title></a>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    private string Marker(Claim claim, double x, double y)
    {
        string cls = "point " + StanceClass(claim.Stance.ToString()) + (claim.Uncertain ? " uncertain" : "");
        if (string.Equals(claim.Claimant.Code, claim.Subject.Code, StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"<circle class=\"{cls}\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"6\"/>");
        }

        if (string.Equals(claim.Claimant.Code, ActorRef.Media.Code, StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"<path class=\"{cls}\" d=\"M{x:0.#},{y - 7:0.#} L{x + 7:0.#},{y + 5:0.#} L{x - 7:0.#},{y + 5:0.#} Z\"/>");
        }

        return string.Create(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{x - 5.5:0.#}\" y=\"{y - 5.5:0.#}\" width=\"11\" height=\"11\"/>");
    }

    private string Tooltip(Claim c) =>
        $"{(c.Date is { } d ? Date(d) : "undated")} · {c.Stance} · according to {index.Name(c.Claimant.Code)}{(c.Basis is null ? "" : " (" + c.Basis + ")")}{(c.Uncertain ? " · uncertain" : "")}";

    private static string Describe(List<Claim> claims, int silences, DateOnly? first, DateOnly? last, Profile? profile)
    {
        string span = first is null ? "none dated" : first == last ? "dated " + Date(first) : $"from {Date(first)} to {Date(last)}";
        string stance = profile is null ? "no profile" : $"current stance {profile.Stance}{(profile.Disputed ? ", disputed" : "")}";
        var counts = claims.GroupBy(c => c.Stance).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        return $"{claims.Count} claims ({span}): {string.Join(", ", counts)}; {silences} silences; {stance}.";
    }

    private static int Level(string stance) => ReportIndex.Levels.IndexOf(stance);
}
