using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// The word lists the <see cref="Tokenizer"/> and <see cref="SentenceSplitter"/> consult: abbreviations that keep
/// their full stop, hyphenated words kept whole, multiword tokens split into words (gonna → gon na), other tokens
/// that contain punctuation but stay whole, and abbreviations that rarely end a sentence.
/// <see cref="Default"/> holds general English lists; <see cref="Load"/> reads lists learned from a treebank
/// (see <c>TokenizerTrainer</c> in Stancewatch.Training) from a model directory. Immutable and thread-safe.
/// </summary>
public sealed class TokenizerLexicon
{
    /// <summary>Component kind in the model card.</summary>
    public const string Kind = "TokenizerLexicon";

    /// <summary>Current payload format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Name of the model directory under models/.</summary>
    public const string ModelName = "tokenizer";

    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string> _abbreviationsLower;
    private readonly FrozenSet<string> _hyphenated;
    private readonly FrozenSet<string> _whole;
    private readonly FrozenSet<string> _nonFinal;
    private readonly FrozenDictionary<string, ImmutableArray<int>> _multiwords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLowerLookup;
    private readonly FrozenDictionary<string, ImmutableArray<int>>.AlternateLookup<ReadOnlySpan<char>> _multiwordLookup;

    /// <summary>Creates a lexicon from its lists.</summary>
    /// <param name="abbreviations">Tokens ending in a full stop that keep it (case-sensitive, e.g. "Mr.", "Feb.").</param>
    /// <param name="hyphenated">Lower-cased hyphenated words kept as one token (e.g. "e-mail"), and prefixes whose words stay whole ("non-").</param>
    /// <param name="multiwords">Lower-cased tokens split into words, with the character offsets of the splits ("gonna" → [3]).</param>
    /// <param name="whole">Tokens with inner or edge punctuation that stay whole (e.g. "a.m.", "l/c", ":)").</param>
    /// <param name="nonFinalAbbreviations">Abbreviations that rarely end a sentence (e.g. "Mr.", "Dr.").</param>
    public TokenizerLexicon(
        IEnumerable<string> abbreviations,
        IEnumerable<string> hyphenated,
        IEnumerable<KeyValuePair<string, ImmutableArray<int>>> multiwords,
        IEnumerable<string> whole,
        IEnumerable<string> nonFinalAbbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        ArgumentNullException.ThrowIfNull(hyphenated);
        ArgumentNullException.ThrowIfNull(multiwords);
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(nonFinalAbbreviations);
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal);
        _abbreviationsLower = _abbreviations.Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _hyphenated = hyphenated.Select(h => h.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        _whole = whole.ToFrozenSet(StringComparer.Ordinal);
        _nonFinal = nonFinalAbbreviations.ToFrozenSet(StringComparer.Ordinal);
        _multiwords = multiwords.ToFrozenDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _wholeLookup = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
        _abbreviationLowerLookup = _abbreviationsLower.GetAlternateLookup<ReadOnlySpan<char>>();
        _multiwordLookup = _multiwords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>General English lists, written by hand (no treebank needed).</summary>
    public static TokenizerLexicon Default { get; } = new(
        [
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Mt.", "Ft.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.",
            "Maj.", "Adm.", "Gov.", "Sen.", "Rep.", "Reps.", "Pres.", "Rev.", "Hon.", "Amb.", "Supt.", "Insp.",
            "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Assn.", "Dept.", "Univ.", "Ave.", "Blvd.", "Rd.", "Hwy.",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun.",
            "No.", "Nos.", "Vol.", "Fig.", "Art.", "Sec.", "Ch.", "pp.", "p.", "vs.", "etc.", "approx.", "est.",
            "ca.", "cf.", "al.", "e.g.", "i.e.", "a.m.", "p.m.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Ph.D.",
            "Calif.", "Fla.", "Mass.", "Wash.", "Ariz.", "Colo.", "Conn.", "Ill.", "Mich.", "Minn.", "Penn.", "Tex.",
        ],
        ["e-mail", "e-mails", "x-ray", "t-shirt", "t-shirts", "co-op", "vis-a-vis"],
        [
            new("cannot", [3]), new("gonna", [3]), new("wanna", [3]), new("gotta", [3]),
        ],
        [":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "=)", "(:", ":/", ":'(", "<3", "^_^", "XD", ":O", ":o", "w/"],
        ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Mt.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.", "Gov.", "Sen.", "Rep.", "Rev.", "No.", "vs.", "e.g.", "i.e."]);

    /// <summary>Abbreviations that keep their full stop.</summary>
    public IReadOnlySet<string> Abbreviations => _abbreviations;

    /// <summary>Lower-cased hyphenated words kept whole.</summary>
    public IReadOnlySet<string> HyphenatedWords => _hyphenated;

    /// <summary>Lower-cased multiword tokens and the offsets where they split.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<int>> Multiwords => _multiwords;

    /// <summary>Tokens with punctuation kept whole.</summary>
    public IReadOnlySet<string> WholeTokens => _whole;

    /// <summary>Abbreviations that rarely end a sentence.</summary>
    public IReadOnlySet<string> NonFinalAbbreviations => _nonFinal;

    /// <summary>True when <paramref name="token"/> is a known abbreviation (exact case, or all lower case).</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || token[^1] != '.' || token.Length > 64)
        {
            return false;
        }

        if (_abbreviationLookup.Contains(token))
        {
            return true;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return lower.SequenceEqual(token) && _abbreviationLowerLookup.Contains(lower);
    }

    /// <summary>True when <paramref name="token"/> is listed as a token kept whole.</summary>
    public bool IsWhole(ReadOnlySpan<char> token) => _wholeLookup.Contains(token);

    /// <summary>
    /// True when the lower-cased hyphenated word is kept whole: it is listed, or its first part is a listed prefix
    /// (entries ending in a hyphen, such as "non-").
    /// </summary>
    public bool IsHyphenatedWord(string lowerCased)
    {
        ArgumentNullException.ThrowIfNull(lowerCased);
        if (_hyphenated.Contains(lowerCased))
        {
            return true;
        }

        int hyphen = lowerCased.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < lowerCased.Length && char.IsLetter(lowerCased[hyphen + 1])
            && _hyphenated.Contains(lowerCased[..(hyphen + 1)]) && lowerCased.IndexOf('-', hyphen + 1) < 0;
    }

    /// <summary>True when the abbreviation rarely ends a sentence.</summary>
    public bool IsNonFinal(string abbreviation) => _nonFinal.Contains(abbreviation);

    /// <summary>Split offsets of a multiword token (any case), or default when it is not one.</summary>
    public ImmutableArray<int> MultiwordSplits(ReadOnlySpan<char> token)
    {
        if (token.Length > 32)
        {
            return default;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return _multiwordLookup.TryGetValue(lower, out var splits) ? splits : default;
    }

    /// <summary>Split offsets of a multiword token, or default when the lower-cased token is not one.</summary>
    public ImmutableArray<int> MultiwordSplits(string lowerCased) =>
        _multiwords.TryGetValue(lowerCased, out var splits) ? splits : default;

    /// <summary>Writes the lists (the payload of the model's weights.bin).</summary>
    public void WritePayload(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteList(writer, _abbreviations.Order(StringComparer.Ordinal));
        WriteList(writer, _hyphenated.Order(StringComparer.Ordinal));
        WriteList(writer, _whole.Order(StringComparer.Ordinal));
        WriteList(writer, _nonFinal.Order(StringComparer.Ordinal));
        var multi = _multiwords.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        writer.Write(multi.Count);
        foreach (var (key, splits) in multi)
        {
            writer.Write(key);
            writer.Write(splits.Length);
            foreach (int s in splits)
            {
                writer.Write(s);
            }
        }
    }

    /// <summary>Reads lists written by <see cref="WritePayload"/>.</summary>
    public static TokenizerLexicon ReadPayload(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var abbreviations = ReadList(reader);
        var hyphenated = ReadList(reader);
        var whole = ReadList(reader);
        var nonFinal = ReadList(reader);
        int n = reader.ReadInt32();
        var multi = new List<KeyValuePair<string, ImmutableArray<int>>>(n);
        for (int i = 0; i < n; i++)
        {
            string key = reader.ReadString();
            int k = reader.ReadInt32();
            var splits = ImmutableArray.CreateBuilder<int>(k);
            for (int j = 0; j < k; j++)
            {
                splits.Add(reader.ReadInt32());
            }

            multi.Add(new(key, splits.MoveToImmutable()));
        }

        return new TokenizerLexicon(abbreviations, hyphenated, multi, whole, nonFinal);
    }

    /// <summary>Saves the lexicon as a model directory (model.json and weights.bin); returns the saved card.</summary>
    public ModelCard Save(string directory, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return ModelDirectory.Save(directory, card with { Kind = Kind, FormatVersion = FormatVersion, Labels = [] }, WritePayload);
    }

    /// <summary>Loads a lexicon saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt, or holds another kind or version.</exception>
    public static TokenizerLexicon Load(string directory) =>
        ModelDirectory.Load(directory, Kind, FormatVersion, (reader, _) => ReadPayload(reader)).Model;

    private static void WriteList(BinaryWriter writer, IEnumerable<string> items)
    {
        var list = items.ToList();
        writer.Write(list.Count);
        foreach (string s in list)
        {
            writer.Write(s);
        }
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var list = new List<string>(n);
        for (int i = 0; i < n; i++)
        {
            list.Add(reader.ReadString());
        }

        return list;
    }
}
