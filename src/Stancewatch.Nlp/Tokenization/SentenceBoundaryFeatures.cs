using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// Features of a candidate sentence boundary after token i, for the learned <see cref="SentenceSplitter"/> and its
/// trainer: the rule splitter's verdict, the forms, shapes and first characters of tokens i-1 .. i+2, the whitespace
/// between i and i+1 (none, space, line break), whether token i is a known abbreviation, and the length of the
/// sentence so far. Thread-safe (no state).
/// </summary>
public static class SentenceBoundaryFeatures
{
    /// <summary>Upper bound on the number of features <see cref="Extract"/> writes.</summary>
    public const int MaxFeatures = 32;

    /// <summary>Label ids of the boundary model.</summary>
    public const int Continue = 0, Boundary = 1;

    /// <summary>Writes the features of the gap after token <paramref name="i"/> into <paramref name="features"/>; returns how many.</summary>
    public static int Extract(AnnotatedDocument document, int i, TokenizerLexicon lexicon, bool ruleSays, int sentenceLength, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lexicon);
        string text = document.Text;
        int n = 0;
        var current = Form(document, i);
        var next = Form(document, i + 1);
        var previous = i > 0 ? Form(document, i - 1) : "<s>".AsSpan();
        var after = i + 2 < document.TokenCount ? Form(document, i + 2) : "</s>".AsSpan();
        ulong cur = Lower(current), nxt = Lower(next), prv = Lower(previous), aft = Lower(after);
        ulong curShape = Shape(current), nextShape = Shape(next), prevShape = Shape(previous), afterShape = Shape(after);
        ulong gap = Gap(text, document.TokenEnds[i], document.TokenStarts[i + 1]);
        ulong rule = ruleSays ? 1UL : 0UL;
        ulong abbreviation = lexicon.IsAbbreviation(current) ? 1UL : 0UL;
        ulong nextFirst = FirstClass(next);
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

    private static ReadOnlySpan<char> Form(AnnotatedDocument d, int i) => d.Forms[i].AsSpan();

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
