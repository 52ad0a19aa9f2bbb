using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Events;
using Stancewatch.Knowledge.Crises;

namespace Stancewatch.Analysis;

/// <summary>
/// A refusal to recognise or join a party's focal act ("refused to recognise the republics", "will not recognise
/// the referendums") rejects that party, whoever the sentence names as the place: the profile's <c>by</c> field
/// says whose act it is (or <c>against</c>, whom others' act is aimed at: "will not participate in sanctions"). Only refusals without a government of their own as target are read this way, and a party
/// never rejects itself.
/// </summary>
public sealed class RefusalTargets
{
    private readonly CrisisProfile _profile;
    private readonly ImmutableArray<(Regex Terms, ImmutableArray<string> Owner)> _owned;

    public RefusalTargets(CrisisProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
        _owned = [.. profile.FocalActs.Where(a => a.RejectedByRefusal is not null)
            .Select(a => (TermPattern(a.Terms), a.RejectedByRefusal == "acting" ? profile.Acting.Codes : profile.ActedOn.Codes))];
    }

    /// <summary><paramref name="e"/>, with the owner of the focal act it refuses as target where that applies.</summary>
    public Event Retarget(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Type != PloverEvent.REJECT || !e.Target.All(IsPartyOrUnknown))
        {
            return e;
        }

        string refused = RefusedText(e);
        foreach (var (terms, owner) in _owned)
        {
            if (terms.IsMatch(refused))
            {
                return owner.SequenceEqual(e.Target.Select(a => a.Code)) || e.Source.Any(a => owner.Contains(a.Code))
                    ? e
                    : e with { Target = [.. owner.Select(code => new ActorRef(code, "GOV"))] };
            }
        }

        return e;
    }

    private bool IsPartyOrUnknown(ActorRef a) => a.Code == EventCoder.UnknownCode || _profile.IsParty(a.Code);

    /// <summary>The sentence from the trigger on: what is refused follows the refusing word.</summary>
    private static string RefusedText(Event e)
    {
        var evidence = e.Evidence;
        if (e.TriggerRange is not { } trigger || trigger.Start < evidence.Start || trigger.Start > evidence.End)
        {
            return evidence.Text;
        }

        int from = Math.Min(trigger.Start - evidence.Start, evidence.Text.Length);
        return evidence.Text[from..];
    }

    private static Regex TermPattern(ImmutableArray<string> terms) =>
        new($@"\b{CrisisTerms.Alternation(terms)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
