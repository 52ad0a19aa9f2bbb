using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;

namespace Stancewatch.Analysis;

/// <summary>
/// Turns the cues of each sentence into stance claims: subject (whose position), claimant (who asserts it: the
/// outermost government speaker of the reporting frames around the cue, the subject itself when an official
/// statement is unnamed, the publisher's government for official readouts, else MEDIA), stance after negation,
/// date, basis and the reason of the decision. One claim per subject and claimant in a sentence: the cue with the
/// highest priority wins. Indicator observations are kept for every cue.
/// </summary>
public sealed class ClaimAttributor
{
    private readonly CrisisProfile _profile;
    private readonly CueMatcher _cues;
    private readonly SubjectFinder _subjects;
    private readonly DateFinder _dates = new();

    public ClaimAttributor(CrisisProfile profile, CueMatcher cues, SubjectFinder subjects)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(subjects);
        _profile = profile;
        _cues = cues;
        _subjects = subjects;
    }

    /// <summary>
    /// Claims of one document. <paramref name="suppressed"/> holds (sentence position, actor code) pairs where the
    /// sentence reports the actor's silence, and (position, "*") where the sentence reports a disputed account.
    /// </summary>
    public ClaimSet Attribute(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames, IReadOnlySet<(int, string)> suppressed)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(suppressed);
        var claims = ImmutableArray.CreateBuilder<AttributedClaim>();
        var indicators = ImmutableArray.CreateBuilder<IndicatorObservation>();
        int year = view.Records.Source.Published?.Year ?? _profile.Period.From.Year;
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            if (view.IsHeadline(view.Sentences[i]))
            {
                continue;
            }

            if (suppressed.Contains((i, "*")))
            {
                continue;
            }

            var best = new SortedDictionary<(string Subject, string Claimant), (CueMatch Match, ActorRef Subject, ActorRef Claimant, ReportingFrame? Frame)>();
            DateOnly? date = null;
            bool dated = false;
            foreach (var match in _cues.Match(s))
            {
                var subjects = _subjects.ForStance(view, i, frames[i], match.Start);
                foreach (var subject in subjects)
                {
                    if (suppressed.Contains((i, subject.Code)))
                    {
                        continue;
                    }

                    if (!dated)
                    {
                        date = _dates.Find(s.Text, year);
                        dated = true;
                    }

                    var evidence = view.EvidenceOf(s);
                    if (match.IndicatorValue is not null && match.Cue.Indicator is not null)
                    {
                        indicators.Add(new IndicatorObservation(subject.Code, match.Cue.Indicator.Name, match.IndicatorValue, date, evidence));
                    }

                    if (match.Stance is null)
                    {
                        continue;
                    }

                    var (claimant, frame) = ClaimantFor(view, frames[i], match.Start, subject);
                    var key = (subject.Code, claimant.Code);
                    if (!best.TryGetValue(key, out var current) || Better(match, current.Match))
                    {
                        best[key] = (match, subject, claimant, frame);
                    }
                }
            }

            foreach (var ((subjectCode, claimantCode), (match, subject, claimant, frame)) in best)
            {
                var evidence = view.EvidenceOf(s);
                bool inQuote = view.QuoteAt(match.Start) is not null;
                string basis = claimantCode == subjectCode ? (inQuote ? "quote" : "statement")
                    : ActorCodes.IsGovernmentOrOrganisation(claimantCode) ? "report"
                    : match.Cue.Basis;
                string reason = match.Reason + (frame is null
                    ? $"; claimant {claimantCode}: the article's own voice"
                    : $"; claimant {claimantCode}: frame \"{frame.Text}\"");
                var claim = new Claim
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"c-{view.Id[..Math.Min(8, view.Id.Length)]}-{s.Index}-{subjectCode}-{claimantCode}"),
                    Subject = new ActorRef(subjectCode, subject.Sector, subject.Name, subject.Text),
                    Claimant = claimant,
                    Stance = match.Stance!.Value,
                    Date = date,
                    Basis = basis,
                    Reason = reason,
                    Uncertain = match.Hedge is not null,
                    Evidence = evidence,
                };
                claims.Add(new AttributedClaim(claim, match.Cue.Id, match.Cue.Declares && match.Negator is null, s.Paragraph));
            }
        }

        return new ClaimSet(claims.ToImmutable(), indicators.ToImmutable());
    }

    /// <summary>The outermost government speaker of the frames around <paramref name="position"/>.</summary>
    public (ActorRef Claimant, ReportingFrame? Frame) ClaimantFor(DocumentView view, ImmutableArray<ReportingFrame> frames, int position, ActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ordered = frames
            .Where(f => Covers(f, position))
            .OrderBy(f => f.Kind switch { FrameKind.Quote => 0, FrameKind.Post => 1, FrameKind.Prepositional => 2, _ => 3 })
            .ThenBy(f => f.Kind == FrameKind.Post ? -f.Verb.Start : f.Verb.Start);
        foreach (var f in ordered)
        {
            if (f.HasGovernmentSpeaker)
            {
                return (new ActorRef(f.Speaker!.Code, f.Speaker.Sector, f.Speaker.Name, f.Speaker.Text), f);
            }

            if (f.Official && f.Speaker is null)
            {
                return (new ActorRef(subject.Code), f);
            }
        }

        return (view.Records.Voice ?? ActorRef.Media, null);
    }

    private static bool Covers(ReportingFrame f, int position) => f.Kind switch
    {
        FrameKind.Quote => f.Content.Start <= position && position < f.Content.End,
        FrameKind.Post => position < f.Verb.Start && !f.SpeakerRange.Contains(new Text.CharRange(position, position)),
        FrameKind.Prepositional => !f.SpeakerRange.Contains(new Text.CharRange(position, position)),
        _ => f.Verb.End <= position,
    };

    private static bool Better(CueMatch candidate, CueMatch current) =>
        candidate.Cue.Priority != current.Cue.Priority
            ? candidate.Cue.Priority > current.Cue.Priority
            : candidate.Matched.Length > current.Matched.Length;
}
