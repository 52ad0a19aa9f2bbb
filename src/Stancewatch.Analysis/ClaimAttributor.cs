using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

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
    private readonly AnalysisLexicon _lexicon;
    private readonly CueMatcher _cues;
    private readonly SubjectFinder _subjects;
    private readonly DateFinder _dates = new();

    public ClaimAttributor(CrisisProfile profile, AnalysisLexicon lexicon, CueMatcher cues, SubjectFinder subjects)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(subjects);
        _profile = profile;
        _lexicon = lexicon;
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

            var best = new SortedDictionary<(string Subject, string Claimant), (CueMatch Match, ActorRef Subject, ActorRef Claimant, ReportingFrame? Frame, bool Own)>();
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
                    bool own = frame is null && claimant.Code == ActorRef.Media.Code && SpeaksForItself(view, s, match, subject);
                    if (own)
                    {
                        claimant = new ActorRef(subject.Code, subject.Sector, subject.Name, subject.Text);
                    }
                    var key = (subject.Code, claimant.Code);
                    if (!best.TryGetValue(key, out var current) || Better(match, current.Match))
                    {
                        best[key] = (match, subject, claimant, frame, own);
                    }
                }
            }

            foreach (var ((subjectCode, claimantCode), (match, subject, claimant, frame, own)) in best)
            {
                // The article's voice adds nothing to the same stance the government states itself in the sentence.
                if (claimantCode == ActorRef.Media.Code && best.TryGetValue((subjectCode, subjectCode), out var stated) && stated.Own && stated.Match.Stance == match.Stance)
                {
                    continue;
                }

                var evidence = view.EvidenceOf(s);
                bool inQuote = view.QuoteAt(match.Start) is not null;
                string basis = claimantCode == subjectCode ? (inQuote ? "quote" : "statement")
                    : ActorCodes.IsGovernmentOrOrganisation(claimantCode) ? "report"
                    : match.Cue.Basis;
                string reason = match.Reason + (own
                    ? $"; claimant {claimantCode}: its own statement on an occasion the text names"
                    : frame is null
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

    /// <summary>
    /// "In the call, Erdogan expressed the hope ...": a statement cue whose own subject is the actor, said on an
    /// occasion the text names (a call or meeting the actor takes part in, here or just before), is that
    /// government's statement, not the article's. Without an occasion, or in the perfect or progressive ("has been
    /// pressing for", "have called for"), the sentence sums up a record: that is the article's assessment.
    /// </summary>
    private bool SpeaksForItself(DocumentView view, SentenceView s, CueMatch match, ActorRef subject)
    {
        if (match.Cue.Basis != "statement" || !OnAnOccasion(view, s, subject))
        {
            return false;
        }

        var mention = s.Mentions.LastOrDefault(m => m.Range.End <= match.Start && m.Actors.Any(a => a.Code == subject.Code));
        if (mention is null)
        {
            return false;
        }

        string between = s.Text[s.Local(mention.Range.End)..s.Local(match.Start)];
        return !ClauseBreakOrAspect.IsMatch(between);
    }

    private bool OnAnOccasion(DocumentView view, SentenceView s, ActorRef subject) =>
        _lexicon.Occasion.IsMatch(s.Text) || view.Records.Events.Any(e =>
            e.Type == PloverEvent.CONSULT && e.Evidence.Sentence <= s.Index && e.Evidence.Sentence >= s.Index - OccasionWindow
            && e.Source.Concat(e.Target).Any(a => a.Code == subject.Code));

    private const int OccasionWindow = 3;

    private static readonly Regex ClauseBreakOrAspect = new(
        @"\b(?:has|have|had|been|'s|'ve|that|which|who|whose|because|while|but|and|as|if|when|since|although)\b|[;:\u201C\u201D""]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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
