using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// Finds sentence starts over the token layer. A sentence ends after final punctuation (. ! ? … and runs of them),
/// together with any closing quotes and brackets that follow it, when the next token can open a sentence; never
/// after an abbreviation that rarely ends one (Mr., Dr.), an initial (J.) or a list number at the start of a line.
/// Paragraph breaks (a blank line) always end a sentence; a single line break ends one when the line looks
/// complete (a headline, a list item, a dateline-free title).
/// With a boundary model (an averaged perceptron trained on treebank documents, see
/// <see cref="SentenceBoundaryFeatures"/>), every gap between tokens is scored instead, the rules' verdict being one
/// of the features; paragraph breaks still always end a sentence. Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    /// <summary>Component kind of the boundary model in its card.</summary>
    public const string Kind = "SentenceBoundaryPerceptron";

    /// <summary>Payload format version of the boundary model.</summary>
    public const int FormatVersion = 1;

    /// <summary>Name of the boundary model's directory under models/.</summary>
    public const string ModelName = "sentences";

    /// <summary>The boundary model's labels, in id order.</summary>
    public static ImmutableArray<string> Labels { get; } = ["continue", "boundary"];

    private readonly TokenizerLexicon _lexicon;
    private readonly PerceptronModel? _model;

    /// <summary>A splitter with the general English lists of <see cref="TokenizerLexicon.Default"/>.</summary>
    public SentenceSplitter()
        : this(TokenizerLexicon.Default)
    {
    }

    /// <summary>A splitter using the given lists (abbreviations that rarely end a sentence).</summary>
    public SentenceSplitter(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>A learned splitter: <paramref name="boundaryModel"/> decides each gap between tokens.</summary>
    public SentenceSplitter(TokenizerLexicon lexicon, PerceptronModel boundaryModel)
        : this(lexicon)
    {
        ArgumentNullException.ThrowIfNull(boundaryModel);
        if (boundaryModel.ClassCount != Labels.Length)
        {
            throw new ArgumentException($"boundary model has {boundaryModel.ClassCount} classes, expected {Labels.Length}", nameof(boundaryModel));
        }

        _model = boundaryModel;
    }

    /// <summary>Loads the learned splitter: the lexicon from models/tokenizer and the boundary model from models/sentences.</summary>
    /// <exception cref="ModelLoadException">A model is missing or does not load.</exception>
    public static SentenceSplitter Load(string modelsDirectory, TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        var (_, model) = ModelDirectory.Load(Path.Combine(modelsDirectory, ModelName), Kind, FormatVersion, (reader, card) =>
        {
            ModelDirectory.CheckLabels(Path.Combine(modelsDirectory, ModelName, ModelDirectory.CardFile), Labels, card.Labels);
            return PerceptronModel.Read(reader);
        });
        return new SentenceSplitter(lexicon, model);
    }

    /// <summary>True when this splitter uses a learned boundary model.</summary>
    public bool IsLearned => _model != null;

    /// <inheritdoc />
    public string Name => "sentence-splitter";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Tokens;

    /// <inheritdoc />
    public AnnotationLayers Produces => AnnotationLayers.Sentences;

    /// <inheritdoc />
    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(AnnotationLayers.Tokens))
        {
            throw new InvalidOperationException($"{Name} needs the token layer of document '{document.Id}'");
        }

        return document.WithSentences(Split(document));
    }

    /// <summary>Token indexes where sentences start (0 first, when there are tokens).</summary>
    public ImmutableArray<int> Split(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int n = document.TokenCount;
        var starts = ImmutableArray.CreateBuilder<int>();
        if (n == 0)
        {
            return starts.ToImmutable();
        }

        starts.Add(0);
        string text = document.Text;
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[2];
        int last = 0;
        var keys = _model != null ? new SentenceBoundaryFeatures(document, _lexicon) : null;
        for (int i = 0; i < n - 1; i++)
        {
            if (document.ContinuesMultiword(i))
            {
                continue;
            }

            bool rule = IsBoundaryAfter(document, text, i);
            bool boundary = rule;
            if (Datelines.Inside(document, i))
            {
                boundary = false;
            }
            else if (Datelines.EndsAt(document, i))
            {
                boundary = true;
            }
            else if (_model != null && keys != null && !IsParagraphBreak(document, i))
            {
                int count = keys.Extract(i, rule, i + 1 - last, features);
                _model.Score(features[..count], scores);
                boundary = _model.Best(scores) == SentenceBoundaryFeatures.Boundary;
            }

            if (boundary)
            {
                starts.Add(i + 1);
                last = i + 1;
            }
        }

        return starts.ToImmutable();
    }

    /// <summary>The rules' verdict on the gap after token <paramref name="i"/> (a feature of the learned splitter).</summary>
    public bool IsRuleBoundaryAfter(AnnotatedDocument document, int i)
    {
        ArgumentNullException.ThrowIfNull(document);
        return IsBoundaryAfter(document, document.Text, i);
    }

    /// <summary>True when a blank line separates token <paramref name="i"/> from the next.</summary>
    public static bool IsParagraphBreak(AnnotatedDocument document, int i)
    {
        ArgumentNullException.ThrowIfNull(document);
        return CountNewlines(document.Text, document.TokenEnds[i], document.TokenStarts[i + 1]) >= 2;
    }

    private bool IsBoundaryAfter(AnnotatedDocument doc, string text, int i)
    {
        int end = doc.TokenEnds[i];
        int nextStart = doc.TokenStarts[i + 1];
        int newlines = CountNewlines(text, end, nextStart);
        if (newlines >= 2)
        {
            return true;
        }

        var form = text.AsSpan(doc.TokenStarts[i], end - doc.TokenStarts[i]);
        var next = text.AsSpan(nextStart, doc.TokenEnds[i + 1] - nextStart);
        if (newlines == 1 && !IsContinuation(form) && !StartsLowercase(next))
        {
            return true;
        }

        if (IsClosing(next) && nextStart == end)
        {
            return false; // the closing quote or bracket belongs to this sentence
        }

        int lastFinal = i;
        while (lastFinal >= 0 && IsClosing(Form(doc, text, lastFinal)) && lastFinal > 0)
        {
            lastFinal--;
        }

        var final = Form(doc, text, lastFinal);
        if (!EndsSentence(final, doc, text, lastFinal))
        {
            return false;
        }

        if (nextStart == end && !IsOpening(next))
        {
            return false; // "end.Next" without a space is rarely a boundary
        }

        return CanStartSentence(next);
    }

    private bool EndsSentence(ReadOnlySpan<char> form, AnnotatedDocument doc, string text, int index)
    {
        if (form.Length == 0)
        {
            return false;
        }

        if (form[0] is '!' or '?' or '…' || (form[0] == '.' && form.Length >= 1))
        {
            if (form[0] == '.' && index > 0 && IsListNumber(doc, text, index - 1))
            {
                return false;
            }

            return true;
        }

        if (form[^1] == '.' && form.Length > 1)
        {
            if (form.Length == 2 && char.IsUpper(form[0]))
            {
                return false; // an initial
            }

            return !_lexicon.IsNonFinal(form.ToString());
        }

        return false;
    }

    private static bool IsListNumber(AnnotatedDocument doc, string text, int index)
    {
        // "1." at the start of a line: the full stop numbers a list item.
        var f = Form(doc, text, index);
        if (f.Length > 3 || f.Length == 0)
        {
            return false;
        }

        foreach (char c in f)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        int start = doc.TokenStarts[index];
        return start == 0 || text[start - 1] == '\n' || (index > 0 && CountNewlines(text, doc.TokenEnds[index - 1], start) > 0);
    }

    private static ReadOnlySpan<char> Form(AnnotatedDocument doc, string text, int i) =>
        text.AsSpan(doc.TokenStarts[i], doc.TokenEnds[i] - doc.TokenStarts[i]);

    private static int CountNewlines(string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsClosing(ReadOnlySpan<char> form) =>
        form.Length > 0 && form[0] is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»';

    private static bool IsOpening(ReadOnlySpan<char> form) =>
        form.Length > 0 && form[0] is '"' or '“' or '‘' or '(' or '[' or '«';

    private static bool IsContinuation(ReadOnlySpan<char> form) =>
        form.Length > 0 && form[^1] is ',' or ';' or ':' or '-' or '(' or '&' or '/';

    private static bool StartsLowercase(ReadOnlySpan<char> form) => form.Length > 0 && char.IsLower(form[0]);

    private static bool CanStartSentence(ReadOnlySpan<char> next)
    {
        if (next.Length == 0)
        {
            return false;
        }

        char c = next[0];
        return char.IsUpper(c) || char.IsDigit(c) || IsOpening(next) || c is '\'' or '-' or '*' or '•' or '#' or '@' or '$' or '<';
    }
}
