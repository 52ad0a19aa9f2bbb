using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds disputes: accounts of one interaction that attribute different stances to a party, or where one side's
/// readout leaves out what the other asserts (an omission); a government's claim about another answered at once
/// ("However, ...") by that government's own account; and text saying a government disputed another's readout.
/// Every dispute lists all accounts side by side.
/// </summary>
public sealed class DisputeFinder
{
    private readonly CrisisProfile _profile;
    private readonly AnalysisLexicon _lexicon;
    private readonly SubjectFinder _subjects;

    public DisputeFinder(CrisisProfile profile, AnalysisLexicon lexicon, SubjectFinder subjects)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(subjects);
        _profile = profile;
        _lexicon = lexicon;
        _subjects = subjects;
    }

    /// <summary>Sentence positions of <paramref name="view"/> that report a disputed account (claims there are the disputed content).</summary>
    public ImmutableHashSet<int> ExplicitSentences(DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. Enumerable.Range(0, view.Sentences.Length).Where(i => _lexicon.Dispute.Any(p => p.IsMatch(view.Sentences[i].Text)))];
    }

    /// <summary>All disputes, merged per subject where they share an account.</summary>
    public ImmutableArray<Dispute> Find(
        IReadOnlyList<(DocumentView View, ImmutableArray<ImmutableArray<ReportingFrame>> Frames)> documents,
        ImmutableArray<AttributedClaim> claims,
        ImmutableArray<InteractionRecord> interactions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var found = new List<Dispute>();
        var byDoc = claims.GroupBy(c => c.Claim.Evidence.Doc, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var views = documents.ToDictionary(d => d.View.Id, d => d, StringComparer.Ordinal);
        found.AddRange(FromInteractions(claims, interactions, views));
        foreach (var (view, frames) in documents)
        {
            found.AddRange(Explicit(view, frames));
            if (byDoc.TryGetValue(view.Id, out var docClaims))
            {
                found.AddRange(Contrasts(view, frames, docClaims, interactions));
            }
        }

        return MergeShared(found);
    }

    private IEnumerable<Dispute> FromInteractions(ImmutableArray<AttributedClaim> claims, ImmutableArray<InteractionRecord> interactions,
        Dictionary<string, (DocumentView View, ImmutableArray<ImmutableArray<ReportingFrame>> Frames)> views)
    {
        foreach (var record in interactions)
        {
            var docs = record.Reports.Select(r => r.Document).ToHashSet(StringComparer.Ordinal);
            foreach (var subject in record.Interaction.Participants.Where(p => !_profile.IsParty(p)))
            {
                var accounts = new List<Account>();
                foreach (var c in claims)
                {
                    var claim = c.Claim;
                    if (claim.Subject.Code != subject || !docs.Contains(claim.Evidence.Doc) || !ActorCodes.IsGovernment(claim.Claimant.Code))
                    {
                        continue;
                    }

                    bool linked = record.Reports.Any(r => r.Document == claim.Evidence.Doc && (r.Evidence.Sentence == claim.Evidence.Sentence || r.Paragraph == c.Paragraph))
                        || InteractionsIn(interactions, claim.Evidence.Doc) == 1;
                    if (linked)
                    {
                        accounts.Add(new Account(claim.Claimant, claim.Stance, claim.Evidence));
                    }
                }

                foreach (var report in record.Reports.Where(r => r.Reporter?.Code == subject))
                {
                    if (!accounts.Any(a => a.Claimant.Code == subject && a.Evidence.Doc == report.Document))
                    {
                        accounts.Add(new Account(new ActorRef(subject), null, report.Evidence));
                    }
                }

                if (Disagree(subject, accounts))
                {
                    yield return Make(subject, record.Interaction, accounts, null);
                }
            }
        }
    }

    private static int InteractionsIn(ImmutableArray<InteractionRecord> interactions, string doc) =>
        interactions.Count(i => i.Reports.Any(r => r.Document == doc));

    private static bool Disagree(string subject, List<Account> accounts)
    {
        var claimants = accounts.Select(a => a.Claimant.Code).Distinct(StringComparer.Ordinal).Count();
        if (claimants < 2)
        {
            return false;
        }

        var stances = accounts.Where(a => a.Stance is not null).Select(a => a.Stance!.Value).Distinct().Count();
        bool omission = accounts.Any(a => a.Stance is null && a.Claimant.Code == subject)
            && accounts.Any(a => a.Stance is not null && a.Claimant.Code != subject);
        return stances >= 2 || omission;
    }

    private IEnumerable<Dispute> Contrasts(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames, List<AttributedClaim> claims, ImmutableArray<InteractionRecord> interactions)
    {
        foreach (var c in claims)
        {
            var claim = c.Claim;
            string subject = claim.Subject.Code;
            if (claim.Claimant.Code == subject || !ActorCodes.IsGovernment(claim.Claimant.Code))
            {
                continue;
            }

            int pos = view.PositionOf(claim.Evidence.Sentence);
            for (int j = pos + 1; j <= Math.Min(view.Sentences.Length - 1, pos + 2); j++)
            {
                var s = view.Sentences[j];
                var opening = _lexicon.Contrast.Match(s.Text.Length > 40 ? s.Text[..40] : s.Text);
                if (!opening.Success || opening.Index > 3)
                {
                    continue;
                }

                bool ownVoice = frames[j].Any(f => f.Speaker?.Code == subject)
                    || s.Mentions.FirstOrDefault(m => m.Actors.Any(a => ActorCodes.IsGovernment(a.Code)))?.Actors.Any(a => a.Code == subject) == true;
                if (!ownVoice)
                {
                    continue;
                }

                var answer = claims.FirstOrDefault(o => o.Claim.Evidence.Sentence == s.Index && o.Claim.Subject.Code == subject && o.Claim.Claimant.Code == subject);
                if (answer is not null && answer.Claim.Stance == claim.Stance)
                {
                    break;
                }

                var accounts = new List<Account>
                {
                    new(claim.Claimant, claim.Stance, claim.Evidence),
                    new(new ActorRef(subject), answer?.Claim.Stance, view.EvidenceOf(s)),
                };
                var interaction = interactions.FirstOrDefault(i => i.Interaction.Participants.Contains(subject)
                    && i.Reports.Any(r => r.Document == view.Id && Math.Abs(r.Position - pos) <= 2))?.Interaction;
                string note = answer is null
                    ? $"{subject}'s own account does not confirm the stance {claim.Claimant.Code} attributes to it"
                    : $"{claim.Claimant.Code} says {claim.Stance}; {subject} says {answer.Claim.Stance}";
                yield return Make(subject, interaction, accounts, note);
                break;
            }
        }
    }

    private IEnumerable<Dispute> Explicit(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames)
    {
        foreach (int i in ExplicitSentences(view))
        {
            var s = view.Sentences[i];
            var m = _lexicon.Dispute.Select(p => p.Match(s.Text)).First(x => x.Success);
            var owners = SubjectFinder.ActorsIn(s, new Text.CharRange(s.Start + m.Index, s.Start + m.Index + m.Length));
            var subjects = _subjects.ForAct(view, i, frames[i], s.Start + m.Index, includeParties: false);
            var evidence = view.EvidenceOf(s);
            foreach (var subject in subjects)
            {
                var accounts = owners.Where(o => o.Code != subject.Code).Select(o => new Account(new ActorRef(o.Code), null, evidence)).ToList();
                accounts.Add(new Account(new ActorRef(subject.Code), null, evidence));
                var interaction = new Interaction("readout", [.. owners.Select(o => o.Code).Append(subject.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], null);
                yield return Make(subject.Code, interaction, accounts, $"the text says {subject.Code} disputed the account: \"{m.Value}\"");
            }
        }
    }

    private static Dispute Make(string subject, Interaction? interaction, List<Account> accounts, string? note)
    {
        var ordered = accounts.DistinctBy(a => (a.Claimant.Code, a.Evidence.Doc, a.Evidence.Sentence, a.Stance))
            .OrderBy(a => a.Evidence.Doc, StringComparer.Ordinal).ThenBy(a => a.Evidence.Sentence).ThenBy(a => a.Claimant.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        var first = ordered[0].Evidence;
        return new Dispute
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"d-{subject}-{first.Doc[..Math.Min(8, first.Doc.Length)]}-{first.Sentence}"),
            Subject = new ActorRef(subject),
            Interaction = interaction,
            Accounts = ordered,
            Note = note,
        };
    }

    private static ImmutableArray<Dispute> MergeShared(List<Dispute> disputes)
    {
        var merged = new List<Dispute>();
        foreach (var d in disputes)
        {
            int same = merged.FindIndex(m => m.Subject.Code == d.Subject.Code && m.Accounts.Any(a => d.Accounts.Any(b =>
                a.Evidence.Doc == b.Evidence.Doc && a.Evidence.Sentence == b.Evidence.Sentence)));
            if (same < 0)
            {
                merged.Add(d);
                continue;
            }

            var m = merged[same];
            var accounts = m.Accounts.AddRange(d.Accounts)
                .DistinctBy(a => (a.Claimant.Code, a.Evidence.Doc, a.Evidence.Sentence, a.Stance))
                .OrderBy(a => a.Evidence.Doc, StringComparer.Ordinal).ThenBy(a => a.Evidence.Sentence).ThenBy(a => a.Claimant.Code, StringComparer.Ordinal)
                .ToImmutableArray();
            merged[same] = m with { Accounts = accounts, Interaction = m.Interaction ?? d.Interaction, Note = m.Note ?? d.Note };
        }

        return [.. merged.OrderBy(d => d.Subject.Code, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }
}
