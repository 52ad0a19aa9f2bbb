using System.Collections.Immutable;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// Splits a document's text into tokens following UD English (EWT) conventions, without changing the text: each
/// token is a character range of <see cref="AnnotatedDocument.Text"/>. Whitespace separates chunks; each chunk loses
/// its leading and trailing punctuation (quotes, brackets, currency signs, full stops unless the chunk is an
/// abbreviation) and is split inside at hyphens (unless a listed hyphenated word), slashes, dashes, ellipses and
/// commas between letters. URLs, e-mail addresses, handles, hashtags, numbers, dates and emoticons stay whole.
/// Clitics and possessives become multiword tokens whose words have their own ranges
/// (don't → do + n't, Russia's → Russia + 's), marked in <see cref="AnnotatedDocument.MultiwordContinues"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class Tokenizer : IAnnotator
{
    private static readonly string[] UrlStarts = ["http://", "https://", "ftp://", "www.", "mailto:"];

    private static readonly string[] UrlSuffixes =
        [".com", ".org", ".net", ".edu", ".gov", ".mil", ".int", ".info", ".biz", ".io", ".co", ".uk", ".ru", ".de", ".fr", ".ca", ".au", ".kz", ".uz", ".html", ".htm", ".pdf", ".php", ".asp", ".aspx"];

    private static readonly string[] Emoticons =
        [":-)", ":-(", ":)", ":(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "=)", ":/", ":'(", "<3", "^_^", ":O"];

    private readonly TokenizerLexicon _lexicon;

    /// <summary>A tokenizer with the general English lists of <see cref="TokenizerLexicon.Default"/>.</summary>
    public Tokenizer()
        : this(TokenizerLexicon.Default)
    {
    }

    /// <summary>A tokenizer using the given (usually learned) lists.</summary>
    public Tokenizer(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.None;

    /// <inheritdoc />
    public AnnotationLayers Produces => AnnotationLayers.Tokens;

    /// <summary>The lists this tokenizer consults.</summary>
    public TokenizerLexicon Lexicon => _lexicon;

    /// <inheritdoc />
    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sink = Tokenize(document.Text);
        return document.WithTokens(
            sink.Starts.ToImmutableArray(),
            sink.Ends.ToImmutableArray(),
            null,
            sink.AnyMultiword ? sink.Continues.ToImmutableArray() : null);
    }

    /// <summary>Token ranges of <paramref name="text"/> (multiword tokens give one range per word).</summary>
    public IReadOnlyList<(int Start, int End)> TokenRanges(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = Tokenize(text);
        var result = new (int, int)[sink.Starts.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = (sink.Starts[i], sink.Ends[i]);
        }

        return result;
    }

    private Sink Tokenize(string text)
    {
        var sink = new Sink(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !IsSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                Chunk(text, start, i, sink, 0);
            }
        }

        return sink;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    private void Chunk(string text, int s, int e, Sink sink, int depth)
    {
        Span<(int, int)> suffixBuffer = stackalloc (int, int)[32];
        int suffixCount = 0;
        bool openedSingle = false;
        while (s < e)
        {
            if (IsWholeToken(text, s, e))
            {
                EmitWord(text, s, e, sink, false);
                s = e;
                break;
            }

            int p = PrefixLength(text, s, e);
            if (p > 0)
            {
                openedSingle |= text[s] is '\'' or '‘';
                sink.Add(s, s + p);
                s += p;
                continue;
            }

            int q = SuffixLength(text, s, e, openedSingle);
            if (q > 0 && suffixCount < suffixBuffer.Length)
            {
                suffixBuffer[suffixCount++] = (e - q, e);
                e -= q;
                continue;
            }

            Infix(text, s, e, sink, depth, openedSingle);
            break;
        }

        for (int k = suffixCount - 1; k >= 0; k--)
        {
            sink.Add(suffixBuffer[k].Item1, suffixBuffer[k].Item2);
        }
    }

    private bool IsWholeToken(string text, int s, int e)
    {
        int n = e - s;
        if (n == 1)
        {
            return true;
        }

        var span = text.AsSpan(s, n);
        if (_lexicon.IsWhole(span) || _lexicon.IsAbbreviation(span))
        {
            return true;
        }

        if (IsAllPunctuationRun(span))
        {
            return true;
        }

        if (n == 2 && char.IsUpper(span[0]) && span[1] == '.')
        {
            return true; // an initial: "J."
        }

        if (IsLetterDotSequence(span) || IsNumber(span) || IsUrl(span) || IsEmail(span) || IsHandle(span))
        {
            return true;
        }

        return false;
    }

    /// <summary>A run of one repeated punctuation character, or of sentence-final marks: "...", "!!", "?!", "--".</summary>
    private static bool IsAllPunctuationRun(ReadOnlySpan<char> span)
    {
        bool allFinal = true, allSame = true;
        foreach (char c in span)
        {
            if (c != span[0])
            {
                allSame = false;
            }

            if (c is not ('.' or '!' or '?'))
            {
                allFinal = false;
            }
        }

        return allFinal || (allSame && !char.IsLetterOrDigit(span[0]));
    }

    private static bool IsLetterDotSequence(ReadOnlySpan<char> span)
    {
        // U.S., e.g., a.m., Ph.D.: letters separated by full stops, ending in one.
        if (span.Length < 4 || span[^1] != '.')
        {
            return false;
        }

        int letters = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (letters > 2)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                if (letters == 0)
                {
                    return false;
                }

                letters = 0;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> span)
    {
        // 1,000  3.5  10:30  9/11  11/28/2000  +44
        int i = 0;
        if (span[0] == '+')
        {
            i = 1;
        }

        if (i >= span.Length || !char.IsDigit(span[i]))
        {
            return false;
        }

        bool lastDigit = false;
        for (; i < span.Length; i++)
        {
            char c = span[i];
            if (char.IsDigit(c))
            {
                lastDigit = true;
            }
            else if (c is '.' or ',' or ':' or '/' && lastDigit && i + 1 < span.Length && char.IsDigit(span[i + 1]))
            {
                lastDigit = false;
            }
            else
            {
                return false;
            }
        }

        return lastDigit;
    }

    private static bool IsUrl(ReadOnlySpan<char> span)
    {
        if ((!char.IsLetterOrDigit(span[^1]) && span[^1] != '/') || span.IndexOfAny('.', ':') < 0)
        {
            return false;
        }

        foreach (string start in UrlStarts)
        {
            if (span.StartsWith(start, StringComparison.OrdinalIgnoreCase) && span.Length > start.Length + 1)
            {
                return true;
            }
        }

        // bare domains: example.com, news.bbc.co.uk/path
        int slash = span.IndexOf('/');
        var host = slash >= 0 ? span[..slash] : span;
        if (host.IndexOf('@') >= 0 || host.IndexOf('.') <= 0)
        {
            return false;
        }

        foreach (char c in host)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        foreach (string suffix in UrlSuffixes)
        {
            if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmail(ReadOnlySpan<char> span)
    {
        int at = span.IndexOf('@');
        if (at < 0)
        {
            return false;
        }

        if (at <= 0 || at != span.LastIndexOf('@') || !char.IsLetterOrDigit(span[^1]))
        {
            return false;
        }

        foreach (char c in span[..at])
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+'))
            {
                return false;
            }
        }

        var domain = span[(at + 1)..];
        int dot = domain.IndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        foreach (char c in domain)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHandle(ReadOnlySpan<char> span)
    {
        // @handle, #hashtag (a hashtag starts with a letter: "#1" splits into "#" "1")
        if (span.Length < 2 || span[0] is not ('@' or '#') || !char.IsLetter(span[1]))
        {
            return false;
        }

        foreach (char c in span[1..])
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private int PrefixLength(string text, int s, int e)
    {
        char c = text[s];
        if (char.IsLetterOrDigit(c))
        {
            return 0;
        }

        if (c is '\'' or '’' && s + 1 < e)
        {
            var rest = text.AsSpan(s, e - s);
            if (IsCliticAlone(rest))
            {
                return 0;
            }
        }

        if (c == '+' && s + 1 < e && char.IsDigit(text[s + 1]))
        {
            return 0; // "+44": EWT splits a minus sign from its number but keeps a plus
        }

        if (c == '@' || (c == '#' && s + 1 < e && char.IsLetter(text[s + 1])))
        {
            return 0;
        }

        foreach (string emoticon in Emoticons)
        {
            if (text.AsSpan(s, e - s).StartsWith(emoticon, StringComparison.Ordinal) && e - s > emoticon.Length
                && !char.IsLetterOrDigit(text[s + emoticon.Length - 1]))
            {
                return emoticon.Length;
            }
        }

        return RunLength(text, s, e, c);
    }

    private int SuffixLength(string text, int s, int e, bool openedSingle)
    {
        char c = text[e - 1];
        if (char.IsLetterOrDigit(c))
        {
            return 0;
        }

        var span = text.AsSpan(s, e - s);
        foreach (string emoticon in Emoticons)
        {
            if (span.EndsWith(emoticon, StringComparison.Ordinal) && span.Length > emoticon.Length)
            {
                return emoticon.Length;
            }
        }

        if (c is '\'' or '’' && !openedSingle && e - s >= 3 && text[e - 2] is 's' or 'S' && char.IsLetter(text[e - 3]))
        {
            return 0; // plural possessive: "states'" becomes a multiword token
        }

        if (c == '.')
        {
            // A full stop after an abbreviation stays; runs of final marks are one token ("...", "?!").
            int k = e;
            while (k > s && text[k - 1] is '.' or '!' or '?')
            {
                k--;
            }

            if (k == s)
            {
                return 0;
            }

            if (e - k == 1 && _lexicon.IsAbbreviation(text.AsSpan(s, e - s)))
            {
                return 0;
            }

            if (e - k == 2 && _lexicon.IsAbbreviation(text.AsSpan(s, e - s - 1)))
            {
                return 1; // "Inc.." is the abbreviation and the sentence's full stop
            }

            return e - k;
        }

        if (c is '!' or '?')
        {
            int k = e;
            while (k > s && text[k - 1] is '.' or '!' or '?')
            {
                k--;
            }

            return e - k;
        }

        if (c == '@' || c == '#' || c == '&')
        {
            return 1;
        }

        int r = e;
        while (r > s && text[r - 1] == c)
        {
            r--;
        }

        return e - r;
    }

    private static int RunLength(string text, int s, int e, char c)
    {
        if (c is '.' or '!' or '?')
        {
            int k = s;
            while (k < e && text[k] is '.' or '!' or '?')
            {
                k++;
            }

            return k - s;
        }

        if (c == '`' && s + 1 < e && text[s + 1] == '`')
        {
            return 2;
        }

        int r = s;
        while (r < e && text[r] == c)
        {
            r++;
        }

        return r - s;
    }

    private static bool IsCliticAlone(ReadOnlySpan<char> span)
    {
        // "'s", "'re", "'ll", "'d", "'m", "'ve" standing alone after a space, and decade forms like "'90s".
        var rest = span[1..];
        if (rest.Length > 0 && char.IsDigit(rest[0]))
        {
            foreach (char c in rest)
            {
                if (!(char.IsDigit(c) || c == 's'))
                {
                    return false;
                }
            }

            return true;
        }

        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase) || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase) || rest.Equals("ve", StringComparison.OrdinalIgnoreCase);
    }

    private void Infix(string text, int s, int e, Sink sink, int depth, bool openedSingle)
    {
        if (depth > 8 || IsWholeToken(text, s, e))
        {
            EmitWord(text, s, e, sink, openedSingle);
            return;
        }

        bool hasHyphen = text.AsSpan(s, e - s).IndexOf('-') >= 0;
        if (hasHyphen && _lexicon.IsHyphenatedWord(text.Substring(s, e - s).ToLowerInvariant()))
        {
            EmitWord(text, s, e, sink, openedSingle);
            return;
        }

        int pieceStart = s;
        bool split = false;
        for (int i = s; i < e; i++)
        {
            int len = InfixSplitLength(text, s, e, i);
            if (len == 0)
            {
                continue;
            }

            split = true;
            if (i > pieceStart)
            {
                Chunk(text, pieceStart, i, sink, depth + 1);
            }

            sink.Add(i, i + len);
            i += len - 1;
            pieceStart = i + 1;
        }

        if (!split)
        {
            EmitWord(text, s, e, sink, openedSingle);
            return;
        }

        if (pieceStart < e)
        {
            Chunk(text, pieceStart, e, sink, depth + 1);
        }
    }

    /// <summary>Length of an infix separator starting at <paramref name="i"/> inside [s, e), or 0.</summary>
    private static int InfixSplitLength(string text, int s, int e, int i)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c) || i == s)
        {
            return 0;
        }

        char prev = text[i - 1];
        char next = i + 1 < e ? text[i + 1] : '\0';
        switch (c)
        {
            case '-':
                if (next == '-' || prev == '-')
                {
                    return RunLength(text, i, e, c);
                }

                return char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next) && !(char.IsDigit(prev) && char.IsDigit(next) && LooksLikePhone(text, s, e)) ? 1 : 0;
            case '–' or '—' or '…' or '(' or ')' or '[' or ']' or '"' or '“' or '”' or ';' or '*' or '=' or '~' or '|' or '<' or '>':
                return RunLength(text, i, e, c);
            case '/':
                if (char.IsDigit(prev) && char.IsDigit(next))
                {
                    return 0;
                }

                bool singleBefore = i - 2 < s || !char.IsLetter(text[i - 2]);
                bool singleAfter = i + 2 >= e || !char.IsLetter(text[i + 2]);
                return char.IsLetter(prev) && char.IsLetter(next) && !(singleBefore && singleAfter) ? 1 : 0; // "and/or" splits, "b/c" stays
            case ',' or ':':
                return char.IsDigit(prev) && char.IsDigit(next) ? 0 : (char.IsLetterOrDigit(next) ? 1 : 0);
            case '.':
                if (next == '.')
                {
                    return RunLength(text, i, e, c);
                }

                // a missing space after a full stop: "album.That" (but not "U.S" or file names)
                return char.IsLower(prev) && i - 2 >= s && char.IsLetter(text[i - 2]) && char.IsUpper(next) && i + 2 < e && char.IsLower(text[i + 2]) ? 1 : 0;
            case '!' or '?':
                return char.IsLetter(next) ? RunLength(text, i, e, c) : 0;
            default:
                return 0;
        }
    }

    private static bool LooksLikePhone(string text, int s, int e)
    {
        int digits = 0;
        for (int i = s; i < e; i++)
        {
            if (char.IsDigit(text[i]))
            {
                digits++;
            }
            else if (text[i] is not ('-' or '.' or '(' or ')' or '+'))
            {
                return false;
            }
        }

        return digits >= 7;
    }

    /// <summary>Adds a word-like token, splitting clitics and listed multiword tokens into words.</summary>
    private void EmitWord(string text, int s, int e, Sink sink, bool openedSingle)
    {
        int n = e - s;
        int unit = UnitStart(text, s, e);
        if (unit > s)
        {
            sink.Add(s, unit);
            sink.Add(unit, e);
            return;
        }

        if (n >= 2 && char.IsLetter(text[s]))
        {
            var listed = n <= 12 ? _lexicon.MultiwordSplits(text.AsSpan(s, n)) : default;
            if (!listed.IsDefault)
            {
                int from = s;
                foreach (int split in listed)
                {
                    if (split <= 0 || s + split >= e)
                    {
                        continue;
                    }

                    sink.Add(from, s + split, continues: true);
                    from = s + split;
                }

                sink.Add(from, e);
                return;
            }

            int clitic = CliticStart(text, s, e, openedSingle);
            if (clitic > s)
            {
                sink.Add(s, clitic, continues: true);
                sink.Add(clitic, e);
                return;
            }
        }

        sink.Add(s, e);
    }

    /// <summary>Start of the unit in a number written with its unit ("5km", "10pm", "70k"), or -1; ordinals and decades stay whole.</summary>
    private static int UnitStart(string text, int s, int e)
    {
        if (!char.IsDigit(text[s]))
        {
            return -1;
        }

        int k = s;
        while (k < e && (char.IsDigit(text[k]) || (text[k] is '.' or ',' or ':' && k + 1 < e && char.IsDigit(text[k + 1]))))
        {
            k++;
        }

        if (k == s || k == e)
        {
            return -1;
        }

        for (int j = k; j < e; j++)
        {
            if (!char.IsAsciiLetter(text[j]))
            {
                return -1;
            }
        }

        var suffix = text.AsSpan(k, e - k);
        foreach (string keep in new[] { "st", "nd", "rd", "th", "s", "d", "a", "ST", "ND", "RD", "TH" })
        {
            if (suffix.Equals(keep, StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return k;
    }

    /// <summary>Start of a clitic suffix (n't, 's, 're, 've, 'll, 'd, 'm, plural possessive '), or -1.</summary>
    private static int CliticStart(string text, int s, int e, bool openedSingle)
    {
        int n = e - s;
        char last = text[e - 1];
        if (n >= 4 && (last is 't' or 'T') && text[e - 2] is '\'' or '’' && text[e - 3] is 'n' or 'N' && char.IsLetter(text[e - 4]))
        {
            return e - 3;
        }

        if (n >= 3 && last is '\'' or '’' && !openedSingle && text[e - 2] is 's' or 'S')
        {
            return e - 1;
        }

        for (int k = 2; k <= 3 && k < n; k++)
        {
            char apostrophe = text[e - k];
            if (apostrophe is not ('\'' or '’') || !char.IsLetter(text[e - k - 1]))
            {
                continue;
            }

            var tail = text.AsSpan(e - k + 1, k - 1);
            bool clitic = k == 2
                ? tail[0] is 's' or 'S' or 'd' or 'D' or 'm' or 'M'
                : tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                  || tail.Equals("ll", StringComparison.OrdinalIgnoreCase);
            if (clitic)
            {
                return e - k;
            }
        }

        return -1;
    }

    private sealed class Sink(int capacity)
    {
        public List<int> Starts { get; } = new(capacity);
        public List<int> Ends { get; } = new(capacity);
        public List<bool> Continues { get; } = new(capacity);
        public bool AnyMultiword { get; private set; }

        public void Add(int start, int end, bool continues = false)
        {
            Starts.Add(start);
            Ends.Add(end);
            Continues.Add(continues);
            AnyMultiword |= continues;
        }
    }
}
