using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Text;

namespace Stancewatch.Analysis;

/// <summary>
/// Decides whose position a cue in a sentence is about: the nearest coordinated group of government mentions before
/// the cue inside the reported content (or the first group, for silences and votes), then mentions after it, then
/// the frame's speaker, then the topic of the previous sentences when the sentence refers back ("It", "They").
/// </summary>
public sealed class SubjectFinder
{
    private static readonly Regex Coordination = new(@"^[\s,]*(?:and|or|nor|as well as|along with|together with|&)?[\s,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex LocationPreposition = new(@"\b(?:in|at|into|from|near|across|throughout|caught in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private readonly CrisisProfile _profile;
    private readonly AnalysisLexicon _lexicon;

    public SubjectFinder(CrisisProfile profile, AnalysisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        _profile = profile;
        _lexicon = lexicon;
    }

    /// <summary>Subjects of a stance cue at <paramref name="position"/> (parties excluded).</summary>
    public ImmutableArray<ActorRef> ForStance(DocumentView view, int sentence, ImmutableArray<ReportingFrame> frames, int position) =>
        Find(view, sentence, frames, position, nearest: true, includeParties: false);

    /// <summary>Subjects of a silence, retraction, vote or dispute cue: the first group of the clause (parties allowed).</summary>
    public ImmutableArray<ActorRef> ForAct(DocumentView view, int sentence, ImmutableArray<ReportingFrame> frames, int position, bool includeParties) =>
        Find(view, sentence, frames, position, nearest: false, includeParties);

    /// <summary>Government actors named by mentions inside <paramref name="range"/> (in order, distinct).</summary>
    public static ImmutableArray<ActorRef> ActorsIn(SentenceView s, CharRange range) =>
        [.. s.Mentions.Where(m => range.Overlaps(m.Range) && NamesGovernments(m))
            .SelectMany(m => m.Actors).Where(a => ActorCodes.IsGovernment(a.Code)).DistinctBy(a => a.Code)];

    private ImmutableArray<ActorRef> Find(DocumentView view, int sentence, ImmutableArray<ReportingFrame> frames, int position, bool nearest, bool includeParties)
    {
        var s = view.Sentences[sentence];
        int lower = s.Start;
        var excluded = new List<CharRange>();
        foreach (var f in frames)
        {
            if (f.Kind == FrameKind.Pre && f.Verb.End <= position)
            {
                lower = Math.Max(lower, f.Verb.End);
                if (_lexicon.AddresseeVerb.IsMatch(f.Text))
                {
                    // "informed the Chinese President about ...": the mention after the verb is the addressee.
                    var addressee = s.Mentions.FirstOrDefault(m => m.Range.Start >= f.Verb.End && m.Range.Start - f.Verb.End <= 12);
                    if (addressee is not null)
                    {
                        excluded.Add(addressee.Range);
                    }
                }
            }
            else if (f.Kind is FrameKind.Post or FrameKind.Prepositional)
            {
                excluded.Add(f.SpeakerRange);
            }
        }

        var candidates = s.Mentions
            .Where(m => NamesGovernments(m) && !excluded.Exists(e => e.Contains(m.Range) || e.Overlaps(m.Range)))
            .Where(m => m.Actors.Any(a => Eligible(a.Code, includeParties)))
            .Where(m => nearest || !AfterLocationPreposition(s, m))
            .Where(m => !IsAskedToAct(s, m))
            .ToList();

        var before = candidates.Where(m => m.Range.Start >= lower && m.Range.End <= position).ToList();
        if (before.Count > 0)
        {
            return Group(s, before, nearest ? before.Count - 1 : 0, includeParties);
        }

        // After the cue only as the agent of a passive ("was backed by X").
        var after = candidates.Where(m => m.Range.Start >= position && s.Text[..s.Local(m.Range.Start)].TrimEnd().EndsWith(" by", StringComparison.OrdinalIgnoreCase)).ToList();
        if (after.Count > 0 && nearest)
        {
            return Group(s, after, 0, includeParties);
        }

        var speaker = frames.LastOrDefault(f => f.Kind == FrameKind.Pre && f.Verb.End <= position && f.Speaker is not null)?.Speaker
            ?? frames.FirstOrDefault(f => f.Speaker is not null && f.Kind != FrameKind.Pre)?.Speaker;
        if (speaker is not null && Eligible(speaker.Code, includeParties))
        {
            return [speaker];
        }

        // A stance sentence takes the previous sentences' topic only when it refers back ("It", "Those three governments").
        string clause = s.Text[(lower - s.Start)..(position - s.Start)];
        bool refersBack = _lexicon.Anaphora.Match(clause) is { Success: true } a && (a.Index <= 12 || lower > s.Start);
        return nearest && !refersBack ? [] : Topic(view, sentence, includeParties);
    }

    /// <summary>The actors the previous sentences were about, for a sentence that names none.</summary>
    public ImmutableArray<ActorRef> Topic(DocumentView view, int sentence, bool includeParties)
    {
        for (int j = sentence - 1; j >= Math.Max(0, sentence - 3); j--)
        {
            var s = view.Sentences[j];
            var ms = s.Mentions
                .Where(m => NamesGovernments(m) && view.QuoteAt(m.Range.Start) is null)
                .Where(m => m.Actors.Any(a => Eligible(a.Code, includeParties) && !_profile.IsParty(a.Code)))
                .ToList();
            if (ms.Count > 0)
            {
                return Group(s, ms, 0, includeParties: false);
            }
        }

        return [];
    }

    private bool Eligible(string code, bool includeParties) =>
        ActorCodes.IsGovernment(code) && (includeParties || !_profile.IsParty(code));

    /// <summary>
    /// A mention that names governments: not a citizen, opposition or business actor ("a Tajik political scientist"),
    /// and not a bloc so large ("EU countries", "the West") that its members' own positions cannot be read from it.
    /// </summary>
    public static bool NamesGovernments(ActorMention m) =>
        m.Kind != MentionKind.Location && m.Actors.Length is > 0 and <= MaxGroup && m.Actors.All(a => a.Sector is not ("CVL" or "OPP" or "BUS" or "REB"))
        && !(m.Kind == MentionKind.Coreference && m.Actors[0].Text is { } t && Possessive.IsMatch(t));

    private static readonly Regex Possessive = new(@"^(?:its|their|his|her)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private const int MaxGroup = 6;

    /// <summary>"calls on the country's authorities to join the sanctions": the government asked to act.</summary>
    private bool IsAskedToAct(SentenceView s, ActorMention m)
    {
        string before = s.Text[..s.Local(m.Range.Start)];
        var last = _lexicon.DemandVerb.Matches(before).LastOrDefault();
        return last is not null && OnlyDeterminer.IsMatch(before[(last.Index + last.Length)..]);
    }

    private static readonly Regex OnlyDeterminer = new(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool AfterLocationPreposition(SentenceView s, ActorMention m)
    {
        int local = s.Local(m.Range.Start);
        return local > 0 && LocationPreposition.IsMatch(s.Text[..local]);
    }

    /// <summary>The mention at <paramref name="index"/> with the mentions coordinated with it ("A, B and C").</summary>
    private ImmutableArray<ActorRef> Group(SentenceView s, List<ActorMention> ms, int index, bool includeParties)
    {
        int first = index, last = index;
        while (first > 0 && Coordinated(s, ms[first - 1], ms[first]))
        {
            first--;
        }

        while (last + 1 < ms.Count && Coordinated(s, ms[last], ms[last + 1]))
        {
            last++;
        }

        return [.. ms.Skip(first).Take(last - first + 1).SelectMany(m => m.Actors)
            .Where(a => Eligible(a.Code, includeParties)).DistinctBy(a => a.Code)];
    }

    private static bool Coordinated(SentenceView s, ActorMention a, ActorMention b)
    {
        int from = s.Local(a.Range.End), to = s.Local(b.Range.Start);
        return from <= to && Coordination.IsMatch(s.Text[from..to]);
    }
}
