using System.Collections.Immutable;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// Finds sentence starts over the token layer. A sentence ends after final punctuation (. ! ? … and runs of them),
/// together with any closing quotes and brackets that follow it, when the next token can open a sentence; never
/// after an abbreviation that rarely ends one (Mr., Dr.), an initial (J.) or a list number at the start of a line.
/// Paragraph breaks (a blank line) always end a sentence; a single line break ends one when the line looks
/// complete (a headline, a list item, a dateline-free title). Immutable and thread-safe.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    private readonly TokenizerLexicon _lexicon;

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
        for (int i = 0; i < n - 1; i++)
        {
            if (document.ContinuesMultiword(i))
            {
                continue;
            }

            if (IsBoundaryAfter(document, text, i))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToImmutable();
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
