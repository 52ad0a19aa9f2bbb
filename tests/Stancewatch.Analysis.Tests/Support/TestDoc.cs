using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Stancewatch.Analysis;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Knowledge.Crises;
using Stancewatch.Knowledge.Lexicons;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Analysis.Tests.Support;

/// <summary>
/// Builds <see cref="DocumentRecords"/> from sentences of our own: whitespace-and-punctuation tokens, one sentence
/// per call, paragraphs on request, and actor mentions wherever a named phrase occurs (whole words).
/// </summary>
internal sealed class TestDoc
{
    private static readonly Regex TokenPattern = new(@"\w+(?:['’]\w+)?|[^\w\s]", RegexOptions.CultureInvariant);
    private readonly StringBuilder _text = new();
    private readonly List<int> _sentenceStartChars = [];
    private readonly List<(string Phrase, ActorRef[] Actors, MentionKind Kind)> _actors = [];

    public TestDoc Sentence(string sentence)
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append(' ');
        }

        _sentenceStartChars.Add(_text.Length);
        _text.Append(sentence);
        return this;
    }

    public TestDoc Paragraph()
    {
        _text.Append("\n\n");
        return this;
    }

    public TestDoc Actor(string phrase, string code, MentionKind kind = MentionKind.Name, string sector = "GOV")
    {
        _actors.Add((phrase, [new ActorRef(code, sector, null, phrase)], kind));
        return this;
    }

    public TestDoc Group(string phrase, params string[] codes)
    {
        _actors.Add((phrase, [.. codes.Select(c => new ActorRef(c, "GOV", null, phrase))], MentionKind.Group));
        return this;
    }

    public DocumentRecords Build(string id = "doc1", DateOnly? published = null, ActorRef? voice = null, string? title = null, string? duplicateOf = null)
    {
        string text = _text.ToString();
        var tokens = TokenPattern.Matches(text).ToList();
        var starts = tokens.Select(t => t.Index).ToImmutableArray();
        var ends = tokens.Select(t => t.Index + t.Length).ToImmutableArray();
        var sentenceStarts = _sentenceStartChars.Select(c => tokens.FindIndex(t => t.Index >= c)).ToImmutableArray();
        var doc = AnnotatedDocument.FromText(id, text).WithTokens(starts, ends).WithSentences(sentenceStarts);
        var mentions = ImmutableArray.CreateBuilder<ActorMention>();
        foreach (var (phrase, actors, kind) in _actors)
        {
            foreach (Match m in Regex.Matches(text, @"(?<!\w)" + Regex.Escape(phrase) + @"(?!\w)", RegexOptions.CultureInvariant))
            {
                int first = tokens.FindIndex(t => t.Index >= m.Index);
                mentions.Add(new ActorMention
                {
                    Range = new CharRange(m.Index, m.Index + m.Length),
                    FirstToken = first,
                    EndToken = first + 1,
                    HeadToken = first,
                    Actors = [.. actors],
                    Kind = kind,
                });
            }
        }

        return new DocumentRecords
        {
            Source = new SourceDocument { Id = id, Origin = id + ".txt", Text = text, Published = published, Title = title },
            Annotated = doc,
            Mentions = [.. mentions.OrderBy(m => m.Range.Start)],
            Voice = voice,
            DuplicateOf = duplicateOf,
        };
    }

    /// <summary>The repository's crisis profile and analysis lexicon.</summary>
    public static (CrisisProfile Crisis, AnalysisLexicon Lexicon) Knowledge()
    {
        var crisis = new CrisisProfileLoader().Load(Path.Combine(Testing.SharedData.RepositoryRoot, "data", "crises", "russia-invasion-of-ukraine.yaml"));
        var lexicon = new AnalysisLexiconLoader().Load(Path.Combine(Testing.SharedData.RepositoryRoot, "data", "lexicons", "analysis-cues.yaml"));
        return (crisis, lexicon);
    }

    public static AnalysisResult Analyze(params DocumentRecords[] documents)
    {
        var (crisis, lexicon) = Knowledge();
        return new StanceAnalyzer(crisis, lexicon).Analyze(documents);
    }
}
