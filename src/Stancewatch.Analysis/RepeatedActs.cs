using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>
/// One call or meeting told several times in a document ("Putin spoke with Erdogan", then "Putin briefed his Turkish
/// counterpart") is one interaction: the export keeps its first telling in the body of the text and drops the
/// retellings, so that a story does not count a call as often as it mentions it. A headline telling is kept only
/// when the body does not tell it. Calls on different dates are different calls, and a call has no direction. A
/// telling by another claimant ("according to Akorda, the talk was held ...") is another account of the call, kept.
/// Other acts are kept as told: an analysis that restates an act restates a finding.
/// </summary>
public static class RepeatedActs
{
    public static IEnumerable<Event> FirstTellingsOfCalls(DocumentView view, IEnumerable<Event> acts)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(acts);
        var kept = new List<Event>();
        foreach (var e in acts.OrderBy(e => InHeadline(view, e)).ThenBy(e => e.Evidence.Start))
        {
            if (e.Type != PloverEvent.CONSULT || !kept.Exists(k => SameAct(k, e)))
            {
                kept.Add(e);
            }
        }

        return kept;
    }

    private static bool InHeadline(DocumentView view, Event e)
    {
        int position = view.PositionOf(e.Evidence.Sentence);
        return position >= 0 && view.IsHeadline(view.Sentences[position]);
    }

    private static bool SameAct(Event a, Event b)
    {
        if (a.Type != b.Type || a.Date is { } x && b.Date is { } y && x != y || a.Claimant?.Code != b.Claimant?.Code)
        {
            return false;
        }

        var (sa, ta, sb, tb) = (Codes(a.Source), Codes(a.Target), Codes(b.Source), Codes(b.Target));
        return sa == sb && ta == tb || a.Type == PloverEvent.CONSULT && sa == tb && ta == sb;
    }

    private static string Codes(IEnumerable<ActorRef> actors) => string.Join('+', actors.Select(a => a.Code).Order(StringComparer.Ordinal));
}
