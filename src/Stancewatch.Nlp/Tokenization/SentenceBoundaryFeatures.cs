using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// Features of a candidate sentence boundary after token i, for the learned <see cref="SentenceSplitter"/> and its
/// trainer: the rule splitter's verdict, the forms, shapes and first characters of tokens i-1 .. i+2, the whitespace
/// between i and i+1 (none, space, line break), whether token i is a known abbreviation, and the length of the
/// sentence so far. One instance per document holds each token's hashed form and shape, computed once.
/// </summary>
public sealed class SentenceBoundaryFeatures
{
    private static readonly ulong Start = FeatureHash.Of("<s>"), End = FeatureHash.Of("</s>"), StartShape = FeatureHash.Of("<"), EndShape = FeatureHash.Of(">");

    private readonly AnnotatedDocument _document;
    private readonly ulong[] _lower;
    private readonly ulong[] _shape;
    private readonly ulong[] _first;
    private readonly bool[] _abbreviation;

    /// <summary>Prepares the token keys of <paramref name="document"/>.</summary>
    public SentenceBoundaryFeatures(AnnotatedDocument document, TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        _document = document;
        int n = document.TokenCount;
        _lower = new ulong[n];
        _shape = new ulong[n];
        _first = new ulong[n];
        _abbreviation = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var form = document.Forms[i].AsSpan();
            _lower[i] = Lower(form);
            _shape[i] = Shape(form);
            _first[i] = FirstClass(form);
            _abbreviation[i] = lexicon.IsAbbreviation(form);
        }
    }

    /// <summary>Upper bound on the number of features <see cref="Extract"/> writes.</summary>
    public const int MaxFeatures = 32;

    /// <summary>Label ids of the boundary model.</summary>
    public const int Continue = 0, Boundary = 1;

    /// <summary>Writes the features of the gap after token <paramref name="i"/> into <paramref name="features"/>; returns how many.</summary>
    public int Extract(int i, bool ruleSays, int sentenceLength, Span<ulong> features)
    {
        var document = _document;
        int n = 0;
        ulong cur = _lower[i], nxt = _lower[i + 1];
        ulong prv = i > 0 ? _lower[i - 1] : Start;
        ulong aft = i + 2 < _lower.Length ? _lower[i + 2] : End;
        ulong curShape = _shape[i], nextShape = _shape[i + 1];
        ulong prevShape = i > 0 ? _shape[i - 1] : StartShape;
        ulong afterShape = i + 2 < _shape.Length ? _shape[i + 2] : EndShape;
        ulong gap = Gap(document.Text, document.TokenEnds[i], document.TokenStarts[i + 1]);
        ulong rule = ruleSays ? 1UL : 0UL;
        ulong abbreviation = _abbreviation[i] ? 1UL : 0UL;
        ulong nextFirst = _first[i + 1];
        ulong length = (ulong)(sentenceLength switch { <= 1 => 0, 2 => 1, <= 4 => 2, <= 8 => 3, <= 16 => 4, <= 32 => 5, _ => 6 });

        features[n++] = FeatureHash.Combine(1, 0);
        features[n++] = FeatureHash.Combine(2, rule);
        features[n++] = FeatureHash.Combine(3, rule, gap);
        features[n++] = FeatureHash.Combine(4, cur);
        features[n++] = FeatureHash.Combine(5, nxt);
        features[n++] = FeatureHash.Combine(6, prv);
        features[n++] = FeatureHash.Combine(7, cur, nxt);
        features[n++] = FeatureHash.Combine(8, curShape, nextShape);
        features[n++] = FeatureHash.Combine(9, cur, nextFirst);
        features[n++] = FeatureHash.Combine(10, gap);
        features[n++] = FeatureHash.Combine(11, gap, nextFirst);
        features[n++] = FeatureHash.Combine(12, gap, cur);
        features[n++] = FeatureHash.Combine(13, abbreviation, nextFirst);
        features[n++] = FeatureHash.Combine(14, prv, cur);
        features[n++] = FeatureHash.Combine(15, nxt, aft);
        features[n++] = FeatureHash.Combine(16, prevShape, curShape, nextShape);
        features[n++] = FeatureHash.Combine(17, curShape, nextShape, afterShape);
        features[n++] = FeatureHash.Combine(18, length);
        features[n++] = FeatureHash.Combine(19, length, cur);
        features[n++] = FeatureHash.Combine(20, rule, cur, nextFirst);
        features[n++] = FeatureHash.Combine(21, nxt, gap);
        features[n++] = FeatureHash.Combine(22, cur, nextShape);
        features[n++] = FeatureHash.Combine(23, curShape, nxt);
        features[n++] = FeatureHash.Combine(24, length, nextFirst, gap);
        return n;
    }

    private static ulong Lower(ReadOnlySpan<char> form)
    {
        Span<char> buffer = stackalloc char[Math.Min(form.Length, 24)];
        form[..buffer.Length].ToLowerInvariant(buffer);
        return FeatureHash.Of(buffer);
    }

    /// <summary>Word shape with runs collapsed: "Xx", "x", "X", "d", "d.d", "." and so on (at most 6 symbols).</summary>
    private static ulong Shape(ReadOnlySpan<char> form)
    {
        Span<char> buffer = stackalloc char[6];
        int n = 0;
        char last = '\0';
        foreach (char c in form)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last && n < buffer.Length)
            {
                buffer[n++] = s;
            }

            last = s;
        }

        return FeatureHash.Of(buffer[..n]);
    }

    private static ulong FirstClass(ReadOnlySpan<char> form)
    {
        if (form.Length == 0)
        {
            return 0;
        }

        char c = form[0];
        return char.IsUpper(c) ? 1UL : char.IsLower(c) ? 2UL : char.IsDigit(c) ? 3UL : 4UL + c;
    }

    private static ulong Gap(string text, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        int newlines = 0;
        for (int k = from; k < to; k++)
        {
            if (text[k] == '\n')
            {
                newlines++;
            }
        }

        return newlines == 0 ? 1UL : newlines == 1 ? 2UL : 3UL;
    }
}
