using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Extraction;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds votes in international bodies: YES, NO, ABSTAIN, ABSENT, or ABSTAIN_OR_ABSENT when the text names both or
/// only says a government "did not support" a resolution. The resolution is the body and the date the sentence or
/// the two before it give ("UNGA 2022-03-02").
/// </summary>
public sealed class VoteExtractor
{
    private readonly AnalysisLexicon _lexicon;
    private readonly SubjectFinder _subjects;
    private readonly CrisisProfile _profile;
    private readonly DateFinder _dates = new();

    public VoteExtractor(CrisisProfile profile, AnalysisLexicon lexicon, SubjectFinder subjects)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(subjects);
        _profile = profile;
        _lexicon = lexicon;
        _subjects = subjects;
    }

    /// <summary>Votes of one document.</summary>
    public ImmutableArray<Vote> Extract(DocumentView view, ImmutableArray<ImmutableArray<ReportingFrame>> frames)
    {
        ArgumentNullException.ThrowIfNull(view);
        var votes = ImmutableArray.CreateBuilder<Vote>();
        int year = view.Records.Source.Published?.Year ?? _profile.Period.From.Year;
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            if (view.IsHeadline(view.Sentences[i]))
            {
                continue;
            }

            string context = string.Join(" ", Enumerable.Range(Math.Max(0, i - 2), i - Math.Max(0, i - 2) + 1).Select(j => view.Sentences[j].Text));
            if (!_lexicon.VoteContext.IsMatch(context))
            {
                continue;
            }

            var abstain = _lexicon.VoteAbstain.Match(s.Text);
            var absent = _lexicon.VoteAbsent.Match(s.Text);
            var notSupported = _lexicon.VoteNotSupported.Match(s.Text);
            var yes = _lexicon.VoteYes.Match(s.Text);
            var no = _lexicon.VoteNo.Match(s.Text);
            (VoteChoice Choice, int At)? found =
                abstain.Success && absent.Success ? (VoteChoice.ABSTAIN_OR_ABSENT, Math.Min(abstain.Index, absent.Index))
                : notSupported.Success ? (VoteChoice.ABSTAIN_OR_ABSENT, notSupported.Index)
                : abstain.Success ? (VoteChoice.ABSTAIN, abstain.Index)
                : absent.Success ? (VoteChoice.ABSENT, absent.Index)
                : yes.Success ? (VoteChoice.YES, yes.Index)
                : no.Success ? (VoteChoice.NO, no.Index)
                : null;
            if (found is null)
            {
                continue;
            }

            var subjects = _subjects.ForAct(view, i, frames[i], s.Start + found.Value.At, includeParties: false);
            if (subjects.IsEmpty)
            {
                subjects = _subjects.Topic(view, i, includeParties: false);
            }

            string resolution = Resolution(context, s.Text, year);
            foreach (var actor in subjects)
            {
                votes.Add(new Vote
                {
                    Actor = new ActorRef(actor.Code, actor.Sector, actor.Name, actor.Text),
                    Resolution = resolution,
                    Choice = found.Value.Choice,
                    Claimant = ActorRef.Media,
                    Evidence = view.EvidenceOf(s),
                });
            }
        }

        return votes.ToImmutable();
    }

    private string Resolution(string context, string sentence, int year)
    {
        string body = _lexicon.VoteBodies.FirstOrDefault(b => b.Pattern.IsMatch(sentence))?.Code
            ?? _lexicon.VoteBodies.FirstOrDefault(b => b.Pattern.IsMatch(context))?.Code
            ?? "vote";
        var date = _dates.Find(sentence, year) ?? _dates.Find(context, year);
        return date is null ? body : body + " " + date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
