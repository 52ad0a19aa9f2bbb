using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds silences: explicit (the text says a government made no statement, avoided comment, or left the crisis out
/// of its readout), retractions (a statement deleted or withdrawn), and — over all documents — inferred silences of
/// governments active in the crisis period that made no statement on it (marked inferred, no evidence sentence).
/// </summary>
public sealed class SilenceDetector
{
    private readonly AnalysisLexicon _lexicon;
    private readonly SubjectFinder _subjects;
    private readonly CrisisProfile _profile;

    public SilenceDetector(CrisisProfile profile, AnalysisLexicon lexicon, SubjectFinder subjects)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(subjects);
        _profile = profile;
        _lexicon = lexicon;
        _subjects = subjects;
    }

    /// <summary>Explicit silences and retractions of one document, with the (sentence position, actor) pairs they cover.</summary>
    public (ImmutableArray<Silence> Silences, ImmutableHashSet<(int, string)> Covered) Detect(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames)
    {
        ArgumentNullException.ThrowIfNull(view);
        var silences = ImmutableArray.CreateBuilder<Silence>();
        var covered = ImmutableHashSet.CreateBuilder<(int, string)>();
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            if (view.IsHeadline(view.Sentences[i]))
            {
                continue;
            }

            Add(view, frames, i, s, _lexicon.Retraction, SilenceKind.Retraction, silences, covered);
            if (!covered.Any(c => c.Item1 == i))
            {
                Add(view, frames, i, s, _lexicon.Silence, SilenceKind.Silence, silences, covered);
            }
        }

        return (silences.ToImmutable(), covered.ToImmutable());
    }

    /// <summary>
    /// Governments that acted in the crisis period (took part in an interaction or were the source of an event) but
    /// have no claim and no explicit silence anywhere: inferred silences.
    /// </summary>
    public ImmutableArray<Silence> Infer(IEnumerable<string> active, IEnumerable<string> speaking)
    {
        var spoke = speaking.ToHashSet(StringComparer.Ordinal);
        return [.. active.Where(a => ActorCodes.IsGovernment(a) && !_profile.IsParty(a) && !spoke.Contains(a))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new Silence { Actor = new ActorRef(a), Claimant = ActorRef.Media, Kind = SilenceKind.Silence, Inferred = true })];
    }

    private void Add(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames, int i, SentenceView s, ImmutableArray<Regex> patterns, SilenceKind kind,
        ImmutableArray<Silence>.Builder silences, ImmutableHashSet<(int, string)>.Builder covered)
    {
        foreach (var p in patterns)
        {
            var m = p.Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            var subjects = _subjects.ForAct(view, i, frames[i], s.Start + m.Index, includeParties: true);
            if (subjects.IsEmpty)
            {
                subjects = _subjects.Topic(view, i, includeParties: false);
            }

            foreach (var actor in subjects)
            {
                if (covered.Contains((i, actor.Code)))
                {
                    continue;
                }

                covered.Add((i, actor.Code));
                silences.Add(new Silence
                {
                    Actor = new ActorRef(actor.Code, actor.Sector, actor.Name, actor.Text),
                    Claimant = ActorRef.Media,
                    Kind = kind,
                    Inferred = false,
                    Evidence = view.EvidenceOf(s),
                });
            }

            return;
        }
    }
}
