using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// The analysis stage: from every document's records and a crisis profile to claims, silences, disputes, votes and
/// profiles. Pure and deterministic: no I/O, no clock; the output is sorted by stable keys.
/// </summary>
public sealed class StanceAnalyzer
{
    private readonly CrisisProfile _profile;
    private readonly FrameFinder _frames;
    private readonly SubjectFinder _subjects;
    private readonly ClaimAttributor _claims;
    private readonly SilenceDetector _silences;
    private readonly VoteExtractor _votes;
    private readonly InteractionMerger _interactions;
    private readonly DisputeFinder _disputes;
    private readonly ProfileBuilder _profiles;
    private readonly RefusalTargets _refusals;

    public StanceAnalyzer(CrisisProfile profile, AnalysisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        _profile = profile;
        _frames = new FrameFinder(lexicon);
        _subjects = new SubjectFinder(profile, lexicon);
        _claims = new ClaimAttributor(profile, lexicon, new CueMatcher(profile, lexicon), _subjects);
        _silences = new SilenceDetector(profile, lexicon, _subjects);
        _votes = new VoteExtractor(profile, lexicon, _subjects);
        _interactions = new InteractionMerger(profile, lexicon);
        _disputes = new DisputeFinder(profile, lexicon, _subjects);
        _profiles = new ProfileBuilder(profile);
        _refusals = new RefusalTargets(profile);
    }

    /// <summary>The crisis this analyzer reads documents for.</summary>
    public CrisisProfile Profile => _profile;

    /// <summary>Analyses <paramref name="documents"/> (any order; the result is sorted by document path and position).</summary>
    public AnalysisResult Analyze(IEnumerable<DocumentRecords> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = documents.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Source.Id, StringComparer.Ordinal).ToList();
        var prepared = new List<(DocumentView View, ImmutableArray<ImmutableArray<ReportingFrame>> Frames)>();
        var claims = ImmutableArray.CreateBuilder<AttributedClaim>();
        var indicators = ImmutableArray.CreateBuilder<IndicatorObservation>();
        var silences = ImmutableArray.CreateBuilder<Silence>();
        var votes = ImmutableArray.CreateBuilder<Vote>();
        var interactions = new List<InteractionRecord>();
        foreach (var d in docs)
        {
            var view = DocumentView.Create(d);
            var frames = _frames.Find(view);
            prepared.Add((view, frames));
            var (found, covered) = _silences.Detect(view, frames);
            silences.AddRange(found);
            var suppressed = covered.ToBuilder();
            foreach (int i in _disputes.ExplicitSentences(view))
            {
                suppressed.Add((i, "*"));
            }

            var set = _claims.Attribute(view, frames, suppressed.ToImmutable());
            claims.AddRange(set.Claims);
            indicators.AddRange(set.Indicators);
            votes.AddRange(_votes.Extract(view, frames));
            interactions.AddRange(_interactions.InDocument(view, frames));
        }

        var merged = _interactions.Merge(interactions);
        var allClaims = claims.ToImmutable();
        var disputes = _disputes.Find(prepared, allClaims, merged);
        var explicitSilences = silences.ToImmutable();
        var active = merged.SelectMany(i => i.Interaction.Participants)
            .Concat(docs.SelectMany(d => d.Events).Where(e => e.IsAct && e.Type != PloverEvent.STATEMENT).SelectMany(e => e.Source).Select(a => a.Code));
        var speaking = allClaims.Select(c => c.Claim.Subject.Code).Concat(explicitSilences.Select(s => s.Actor.Code));
        var allSilences = explicitSilences.AddRange(_silences.Infer(active, speaking));
        var allVotes = votes.ToImmutable();
        var dates = docs.GroupBy(d => d.Source.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source.Published, StringComparer.Ordinal);
        var duplicates = docs.Where(d => d.DuplicateOf is not null).Select(d => d.Source.Id).ToHashSet(StringComparer.Ordinal);
        var profiles = _profiles.Build(allClaims, allSilences, disputes, allVotes, indicators.ToImmutable(), dates, duplicates);
        var order = docs.Select((d, i) => (d.Source.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        int DocOrder(Evidence? e) => e is null ? int.MaxValue : order.GetValueOrDefault(e.Doc, int.MaxValue);

        return new AnalysisResult
        {
            Topic = _profile.Id,
            Documents = [.. docs.DistinctBy(d => d.Source.Id).Select(d => new AnalysisDocument(d.Source.Id, d.Path, d.Source.Url, d.Source.Title, d.Source.Publisher, d.Source.Published, d.Source.PublishedInferred, d.DuplicateOf))],
            Events = [.. prepared.SelectMany(p => RepeatedActs.FirstTellingsOfCalls(p.View, p.View.Records.Events.Select(_refusals.Retarget).Where(IsBetweenKnownActors))).OrderBy(e => DocOrder(e.Evidence)).ThenBy(e => e.Evidence.Start).ThenBy(e => e.Id, StringComparer.Ordinal)],
            Claims = [.. allClaims.Select(c => c.Claim).OrderBy(c => DocOrder(c.Evidence)).ThenBy(c => c.Evidence.Sentence).ThenBy(c => c.Subject.Code, StringComparer.Ordinal).ThenBy(c => c.Claimant.Code, StringComparer.Ordinal)],
            Silences = [.. allSilences.OrderBy(s => DocOrder(s.Evidence)).ThenBy(s => s.Evidence?.Sentence ?? 0).ThenBy(s => s.Actor.Code, StringComparer.Ordinal).ThenBy(s => s.Kind)],
            Disputes = disputes,
            Profiles = profiles,
            Votes = [.. allVotes.OrderBy(v => DocOrder(v.Evidence)).ThenBy(v => v.Evidence.Sentence).ThenBy(v => v.Actor.Code, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The export lists who did what to whom: reported utterances (statements with a frame or without a CAMEO code),
    /// and acts (<see cref="Event.IsAct"/>, statements the coder alone found in CAMEO's statement block among them)
    /// whose source and target are both resolved. Negated, hypothetical and presupposed events, monadic events and events with an
    /// argument no mention resolves (<see cref="Stancewatch.Extraction.Events.EventCoder.UnknownCode"/>) stay in
    /// <c>stancewatch code</c>'s output, marked.
    /// </summary>
    private static bool IsBetweenKnownActors(Event e) =>
        e.Type == PloverEvent.STATEMENT && (e.Cameo is null || e.Frame is not null)
        || (e.IsAct && e.Source.Length > 0 && e.Target.Length > 0
            && e.Source.Concat(e.Target).All(a => a.Code != Stancewatch.Extraction.Events.EventCoder.UnknownCode));
}
