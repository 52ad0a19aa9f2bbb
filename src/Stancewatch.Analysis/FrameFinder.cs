using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Text;

namespace Stancewatch.Analysis;

/// <summary>
/// Finds the reporting frames of every sentence of a document ("X said that", "..., X said", "according to X",
/// and quotations attributed in a neighbouring sentence), resolving pronoun speakers to the previous speaker.
/// Statements coded by the extraction stage (events of type STATEMENT) are used as frames where present.
/// </summary>
public sealed class FrameFinder
{
    private const int MaxPostWords = 12;
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);
    private static readonly Regex StrongVerb = new(@"^(?:said|says|say|stated|states|announced|declared|noted|added|stressed|reported|claimed|insisted|underscored|emphasi[sz]ed|told|tells|wrote|pointed out|confirmed|asserted|informed|briefed)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Preposition = new(@"\b(?:in|with|to|of|from|between|about|on|for|by|against|at|toward|towards)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private readonly AnalysisLexicon _lexicon;

    public FrameFinder(AnalysisLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>Frames per sentence position of <paramref name="view"/>.</summary>
    public ImmutableArray<ImmutableArray<ReportingFrame>> Find(DocumentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var result = new ImmutableArray<ReportingFrame>[view.Sentences.Length];
        ActorRef? lastSpeaker = null;
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var frames = InSentence(view, view.Sentences[i]);
            var b = ImmutableArray.CreateBuilder<ReportingFrame>(frames.Count);
            foreach (var f in frames)
            {
                var frame = f;
                // "..., it said": a neuter pronoun speaker is the office or statement last quoted, not the nearest noun.
                bool neuter = frame.SpeakerRange.Length > 0 && frame.SpeakerRange.Slice(view.Text).Trim().Equals("it", StringComparison.OrdinalIgnoreCase);
                if ((frame.Speaker is null || neuter) && !frame.Official && IsPronoun(view.Text, frame.SpeakerRange) && lastSpeaker is not null)
                {
                    frame = frame with { Speaker = lastSpeaker };
                }

                if (frame.HasGovernmentSpeaker)
                {
                    lastSpeaker = frame.Speaker;
                }

                b.Add(frame);
            }

            result[i] = b.ToImmutable();
        }

        // Quotations that span sentences take the frame of the sentence where they are attributed; a sentence
        // with frames of its own inside such a quote is reported by the quote's speaker ("X's article: 'Xi
        // stressed that ...'" is X's account of what Xi stressed).
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            var q = view.QuoteAt(s.Start) ?? view.QuoteAt(Math.Max(s.Start, s.End - 2));
            if (q is null)
            {
                continue;
            }

            var attributed = AttributionOf(view, result, q.Value, i);
            if (attributed is null)
            {
                continue;
            }

            var quote = attributed with { Kind = FrameKind.Quote, Content = q.Value };
            if (result[i].Length == 0)
            {
                result[i] = [quote];
            }
            else if (quote.HasGovernmentSpeaker && result[i].All(f => f.Speaker?.Code != quote.Speaker!.Code))
            {
                result[i] = result[i].Insert(0, quote);
            }
        }

        // A quote the extraction stage attributed without a frame verb ('X thanked Y. "I had a call ..."').
        for (int i = 0; i < view.Sentences.Length; i++)
        {
            if (result[i].Length == 0 && QuotedStatementOver(view, view.Sentences[i]) is { } frame)
            {
                result[i] = [frame];
            }
        }

        // Indirect speech continues: a sentence with no frame after "X said that ..." in the same paragraph is still X's.
        for (int i = 1; i < view.Sentences.Length; i++)
        {
            var s = view.Sentences[i];
            var previous = view.Sentences[i - 1];
            if (result[i].Length > 0 || previous.Paragraph != s.Paragraph)
            {
                continue;
            }

            // A sentence that opens on another government or on a person is a new subject; on the speaker's own
            // country ("He said ... Georgia supported ..."), the speech goes on.
            var frame = result[i - 1].LastOrDefault(f => f.Kind == FrameKind.Pre && (f.HasGovernmentSpeaker || f.Official) && f.Content.End >= previous.End);
            if (frame is not null && (!StartsWithActor(s, out var opening) || frame.Speaker is { } speaker && opening.All(m => m.Kind == MentionKind.Name && m.Actors.All(a => a.Code == speaker.Code))))
            {
                result[i] = [frame with { Kind = FrameKind.Quote, Content = new CharRange(s.Start, s.End) }];
            }
        }

        return [.. result];
    }

    private static ReportingFrame? QuotedStatementOver(DocumentView view, SentenceView s)
    {
        var statement = view.Records.Events.FirstOrDefault(e => e.Type == PloverEvent.STATEMENT && e.Mode == "quote"
            && e.ContentRange is { } c && c.Start <= s.Start && s.End <= c.End + 1
            && e.Source.Length == 1 && ActorCodes.IsGovernmentOrOrganisation(e.Source[0].Code));
        if (statement is null)
        {
            return null;
        }

        var trigger = statement.TriggerRange ?? new CharRange(s.Start, s.Start);
        return new ReportingFrame
        {
            Kind = FrameKind.Quote,
            Verb = trigger,
            Content = statement.ContentRange!.Value,
            SpeakerRange = trigger,
            Speaker = statement.Source[0],
            Text = statement.Frame ?? "quote",
        };
    }

    private static ReportingFrame? AttributionOf(DocumentView view, ImmutableArray<ReportingFrame>[] frames, CharRange quote, int self)
    {
        for (int j = Math.Max(0, self - 6); j < Math.Min(view.Sentences.Length, self + 8); j++)
        {
            if (j == self)
            {
                continue;
            }

            var s = view.Sentences[j];
            if (s.End < quote.Start - 2 || s.Start > quote.End + 2)
            {
                continue;
            }

            foreach (var f in frames[j])
            {
                bool after = f.Kind == FrameKind.Post && f.Verb.Start >= quote.End - 1;
                bool before = f.Kind == FrameKind.Pre && f.Verb.End <= quote.Start + 1;
                if ((after || before) && (f.Speaker is not null || f.Official))
                {
                    return f;
                }
            }
        }

        return null;
    }

    private bool IsPronoun(string text, CharRange range)
    {
        if (range.Length <= 0)
        {
            return false;
        }

        string span = range.Slice(text).Trim();
        return _lexicon.Pronoun.Match(span) is { Success: true } m && m.Length == span.Length;
    }

    private List<ReportingFrame> InSentence(DocumentView view, SentenceView s)
    {
        var frames = new List<ReportingFrame>();
        string t = s.Text;
        foreach (Match p in _lexicon.PrepositionalFrame.Matches(t))
        {
            int end = t.IndexOf(',', p.Index + p.Length);
            if (end < 0)
            {
                end = t.Length;
            }

            var speakerRange = new CharRange(s.Start + p.Index + p.Length, s.Start + end);
            var (speaker, official) = SpeakerIn(s, speakerRange, t[(p.Index + p.Length)..end]);
            var content = p.Index > 0 ? new CharRange(s.Start, s.Start + p.Index) : new CharRange(s.Start + end, s.End);
            frames.Add(new ReportingFrame
            {
                Kind = FrameKind.Prepositional,
                Verb = new CharRange(s.Start + p.Index, s.Start + p.Index + p.Length),
                Content = content,
                SpeakerRange = speakerRange,
                Speaker = speaker,
                Official = official,
                Text = p.Value,
            });
        }

        int boundary = 0;
        foreach (Match v in _lexicon.ReportingVerb.Matches(t))
        {
            var verbRange = new CharRange(s.Start + v.Index, s.Start + v.Index + v.Length);
            if (frames.Exists(f => f.Verb.Overlaps(verbRange)) || s.Mentions.Any(m => m.Range.Overlaps(verbRange)) || IsNoun(view, verbRange.Start))
            {
                // "the five states have ...", "the United States", "its reports": a noun, not a reporting verb.
                continue;
            }

            string after = t[(v.Index + v.Length)..];
            int wordsAfter = Word.Matches(after).Count;
            int comma = LastSeparator(t, v.Index);
            while (comma > 0 && !HasMention(s, comma, v.Index) && LastSeparator(t, comma) is int earlier && earlier >= 0
                && Word.Matches(t[(earlier + 1)..v.Index]).Count <= 16 && t[comma] == ',')
            {
                comma = earlier;
            }

            int wordsBetween = comma < 0 ? int.MaxValue : Word.Matches(t[(comma + 1)..v.Index]).Count;
            bool isPost = comma >= 0 && wordsBetween <= 16 && wordsAfter <= MaxPostWords
                && (wordsBetween > 0 || IsInvertedSpeaker(after)) && !MarkerWithin(after, 4);
            if (isPost)
            {
                var speakerRange = wordsBetween > 0
                    ? new CharRange(s.Start + comma + 1, s.Start + v.Index)
                    : new CharRange(s.Start + v.Index + v.Length, s.End);
                var (speaker, official) = SpeakerIn(s, speakerRange, t[(speakerRange.Start - s.Start)..(speakerRange.End - s.Start)]);
                frames.Add(new ReportingFrame
                {
                    Kind = FrameKind.Post,
                    Verb = new CharRange(s.Start + v.Index, s.Start + v.Index + v.Length),
                    Content = new CharRange(s.Start, s.Start + comma),
                    SpeakerRange = speakerRange,
                    Speaker = speaker,
                    Official = official,
                    Text = v.Value,
                });
                continue;
            }

            string window = string.Join(' ', Word.Matches(after).Take(10).Select(m => m.Value));
            bool marker = _lexicon.ContentMarker.IsMatch(after.Length > 80 ? after[..80] : after) && MarkerWithin(after, 10);
            bool strong = StrongVerb.IsMatch(v.Value) && wordsAfter >= 3;
            if (!(marker || strong) || window.Length == 0)
            {
                continue;
            }

            var range = new CharRange(s.Start + boundary, s.Start + v.Index);
            var (sp, off) = SpeakerIn(s, range, t[boundary..v.Index]);
            frames.Add(new ReportingFrame
            {
                Kind = FrameKind.Pre,
                Verb = new CharRange(s.Start + v.Index, s.Start + v.Index + v.Length),
                Content = new CharRange(s.Start + v.Index + v.Length, s.End),
                SpeakerRange = range,
                Speaker = sp,
                Official = off,
                Text = v.Value,
            });
            boundary = v.Index + v.Length;
        }

        frames.Sort((a, b) => a.Verb.Start.CompareTo(b.Verb.Start));
        return frames;
    }

    private static bool IsNoun(DocumentView view, int offset)
    {
        var doc = view.Records.Annotated;
        if (!doc.Has(Nlp.AnnotationLayers.Tags))
        {
            return false;
        }

        int t = doc.TokenStarts.AsSpan().BinarySearch(offset);
        return t >= 0 && doc.Upos[t] is "NOUN" or "PROPN";
    }

    private bool MarkerWithin(string after, int words)
    {
        int count = 0;
        int i = 0;
        while (i < after.Length && count <= words)
        {
            var m = _lexicon.ContentMarker.Match(after, i);
            if (!m.Success)
            {
                return false;
            }

            count = Word.Matches(after[..m.Index]).Count;
            if (count <= words)
            {
                return true;
            }

            i = m.Index + Math.Max(1, m.Length);
        }

        return false;
    }

    /// <summary>True when a government is named in the sentence's first words: a new subject, not a continuation.</summary>
    private static bool StartsWithActor(SentenceView s, out ImmutableArray<ActorMention> mentions)
    {
        var fourth = Word.Matches(s.Text).Skip(4).FirstOrDefault();
        int limit = s.Start + (fourth?.Index ?? s.Text.Length);
        mentions = [.. s.Mentions.Where(m => m.Range.Start < limit && m.Kind != MentionKind.Coreference && SubjectFinder.NamesGovernments(m))];
        return !mentions.IsEmpty;
    }

    private static bool HasMention(SentenceView s, int from, int to) =>
        s.Mentions.Any(m => m.Range.Start >= s.Start + from && m.Range.End <= s.Start + to);

    private static bool IsInvertedSpeaker(string after) => Word.Matches(after).Count is > 0 and <= 8;

    /// <summary>Index of the last comma or closing quotation mark before <paramref name="verb"/>, skipping the verb's own words.</summary>
    private static int LastSeparator(string t, int verb)
    {
        for (int i = verb - 1; i >= 0; i--)
        {
            char c = t[i];
            if (c is ',' or '”' or '»' or '"' or '—' or ';')
            {
                return i;
            }
        }

        return -1;
    }

    private (ActorRef? Speaker, bool Official) SpeakerIn(SentenceView s, CharRange range, string text)
    {
        // The speaker is the subject next to the verb: search the comma-separated segments from the nearest one,
        // skipping names after a preposition ("a partner of Russia"), so appositions ("X, a spokesman for Y,") work.
        var segments = new List<CharRange>();
        int end = range.End;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ',')
            {
                segments.Add(new CharRange(range.Start + i + 1, end));
                end = range.Start + i;
            }
        }

        segments.Add(new CharRange(range.Start, end));
        ActorMention? fallback = null;
        // "X surprised Moscow when he announced": a pronoun just before the verb is its subject.
        var pronoun = s.Mentions.LastOrDefault(m => m.Kind == MentionKind.Coreference && range.Contains(m.Range)
            && Word.Matches(text[(m.Range.End - range.Start)..]).Count <= 2 && IsPronoun(s.Text, new CharRange(s.Local(m.Range.Start), s.Local(m.Range.End))));
        if (pronoun is not null && SubjectFinder.NamesGovernments(pronoun) && ActorCodes.IsGovernmentOrOrganisation(pronoun.Actors[0].Code))
        {
            return (pronoun.Actors[0], false);
        }

        foreach (var segment in segments)
        {
            foreach (var m in s.Mentions)
            {
                if (!segment.Contains(m.Range) || m.Kind == MentionKind.Location || m.Actors.IsDefaultOrEmpty)
                {
                    continue;
                }

                if (!SubjectFinder.NamesGovernments(m))
                {
                    // A citizen, expert or outlet speaking: a non-state voice.
                    fallback ??= m with { Actors = [ActorRef.Media] };
                    continue;
                }

                fallback ??= m;
                int local = m.Range.Start - range.Start;
                bool afterPreposition = local > 0 && local <= text.Length && Preposition.IsMatch(text[..local]);
                if (!afterPreposition && ActorCodes.IsGovernmentOrOrganisation(m.Actors[0].Code))
                {
                    return (m.Actors[0], false);
                }
            }
        }

        if (fallback is not null)
        {
            return (fallback.Actors[0], false);
        }

        return (null, _lexicon.OfficialSpeaker.IsMatch(text));
    }
}
