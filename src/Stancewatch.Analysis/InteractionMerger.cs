using System.Collections.Immutable;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds the reports of calls and meetings between governments (sentences naming a conversation, call, meeting or
/// visit with two or more governments, CONSULT events of the extraction stage, and later references to "the call"),
/// and merges the reports of one interaction: the same participants, within a document, or across documents when
/// their dates are at most a day apart.
/// </summary>
public sealed class InteractionMerger
{
    private readonly AnalysisLexicon _lexicon;
    private readonly CrisisProfile _profile;
    private readonly DateFinder _dates = new();

    public InteractionMerger(CrisisProfile profile, AnalysisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        _profile = profile;
        _lexicon = lexicon;
    }

    /// <summary>Interactions of one document, before merging across documents.</summary>
    public ImmutableArray<InteractionRecord> InDocument(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = new List<(SortedSet<string> Participants, DateOnly? Date, List<InteractionReport> Reports)>();
        int year = view.Records.Source.Published?.Year ?? _profile.Period.From.Year;
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            bool mentionsInteraction = _lexicon.Interaction.Any(p => p.IsMatch(s.Text))
                || view.Records.Events.Any(e => e.Type == PloverEvent.CONSULT && e.Evidence.Sentence == s.Index && !e.Negated && !e.Hypothetical);
            if (!mentionsInteraction)
            {
                continue;
            }

            var participants = new SortedSet<string>(
                s.Mentions.SelectMany(m => m.Actors).Select(a => a.Code).Where(ActorCodes.IsGovernment),
                StringComparer.Ordinal);
            foreach (var e in view.Records.Events.Where(e => e.Type == PloverEvent.CONSULT && e.Evidence.Sentence == s.Index))
            {
                participants.UnionWith(e.Source.Concat(e.Target).Select(a => a.Code).Where(ActorCodes.IsGovernment));
            }

            var report = new InteractionReport(view.Id, i, s.Paragraph, Reporter(view, frames[i], s), view.EvidenceOf(s));
            if (participants.Count >= 2)
            {
                var date = _dates.Find(s.Text, year);
                var existing = found.FindIndex(f => f.Participants.SetEquals(participants));
                if (existing >= 0)
                {
                    found[existing].Reports.Add(report);
                    if (found[existing].Date is null && date is not null)
                    {
                        found[existing] = (found[existing].Participants, date, found[existing].Reports);
                    }
                }
                else
                {
                    found.Add((participants, date, [report]));
                }
            }
            else if (participants.Count == 1)
            {
                // "the telephone conversation" reported by one side refers back to the latest interaction it took part in.
                int latest = found.FindLastIndex(f => f.Participants.Contains(participants.Min!));
                if (latest >= 0)
                {
                    found[latest].Reports.Add(report);
                }
            }
        }

        return [.. found.Select(f => new InteractionRecord(
            new Interaction("CONSULT", [.. f.Participants], f.Date ?? view.Records.Source.Published),
            [.. f.Reports]))];
    }

    /// <summary>Merges the interactions of all documents: same participants and dates at most one day apart.</summary>
    public ImmutableArray<InteractionRecord> Merge(IEnumerable<InteractionRecord> perDocument)
    {
        var merged = new List<InteractionRecord>();
        foreach (var r in perDocument)
        {
            int same = merged.FindIndex(m =>
                m.Interaction.Participants.SequenceEqual(r.Interaction.Participants, StringComparer.Ordinal)
                && m.Interaction.Date is { } a && r.Interaction.Date is { } b
                && Math.Abs(a.DayNumber - b.DayNumber) <= 1);
            if (same >= 0)
            {
                var m = merged[same];
                merged[same] = m with { Reports = m.Reports.AddRange(r.Reports) };
            }
            else
            {
                merged.Add(r);
            }
        }

        return [.. merged];
    }

    private ActorRef? Reporter(DocumentView view, ImmutableArray<ReportingFrame> frames, SentenceView s)
    {
        var speaker = frames.Where(f => f.HasGovernmentSpeaker)
            .OrderBy(f => f.Kind == FrameKind.Pre ? 1 : 0).Select(f => f.Speaker).FirstOrDefault();
        if (speaker is not null)
        {
            return speaker;
        }

        var readout = _lexicon.Readout.Match(s.Text);
        if (readout.Success)
        {
            // "the press service of the President of Kyrgyzstan published a brief report on the conversation".
            var first = s.Mentions.FirstOrDefault(m => m.Range.End <= s.Start + readout.Index && m.Actors.Any(a => ActorCodes.IsGovernment(a.Code)));
            if (first is not null)
            {
                return first.Actors.First(a => ActorCodes.IsGovernment(a.Code));
            }
        }

        return view.Records.Voice;
    }
}
