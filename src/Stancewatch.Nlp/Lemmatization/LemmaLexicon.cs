using System.Collections.Frozen;

namespace Stancewatch.Nlp.Lemmatization;

/// <summary>
/// What the training data says about lemmas, for <see cref="EditRuleLemmatizer"/>: the most frequent lemma of each
/// (form, XPOS) pair; the lemma of forms that always had the same one whatever their tag (so a mistagged known word
/// keeps its lemma); and the set of all lemmas, to prefer edit rules that make a real word. Immutable.
/// </summary>
public sealed class LemmaLexicon
{
    private readonly FrozenDictionary<string, string> _tagged;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _taggedOfSpan;
    private readonly FrozenDictionary<string, string> _forms;
    private readonly FrozenSet<string> _lemmas;

    /// <summary>Creates the lexicon. Keys of <paramref name="tagged"/> are <see cref="Key"/>(form, XPOS).</summary>
    public LemmaLexicon(IEnumerable<KeyValuePair<string, string>> tagged, IEnumerable<KeyValuePair<string, string>> forms, IEnumerable<string> lemmas)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(lemmas);
        _tagged = tagged.ToFrozenDictionary(StringComparer.Ordinal);
        _taggedOfSpan = _tagged.GetAlternateLookup<ReadOnlySpan<char>>();
        _forms = forms.ToFrozenDictionary(StringComparer.Ordinal);
        _lemmas = lemmas.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The empty lexicon.</summary>
    public static LemmaLexicon Empty { get; } = new([], [], []);

    /// <summary>Number of (form, XPOS) entries.</summary>
    public int TaggedCount => _tagged.Count;

    /// <summary>Number of forms with one lemma whatever their tag.</summary>
    public int FormCount => _forms.Count;

    /// <summary>Number of known lemmas.</summary>
    public int LemmaCount => _lemmas.Count;

    /// <summary>(form, XPOS) entries in ordinal key order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Tagged => _tagged.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>Form entries in ordinal key order.</summary>
    public IEnumerable<KeyValuePair<string, string>> Forms => _forms.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>Known lemmas in ordinal order.</summary>
    public IEnumerable<string> Lemmas => _lemmas.Order(StringComparer.Ordinal);

    /// <summary>Key of the (form, XPOS) entries.</summary>
    public static string Key(string form, string xpos) => form + "\t" + xpos;

    /// <summary>The lemma that training gave <paramref name="form"/> with tag <paramref name="xpos"/>.</summary>
    public bool TryTagged(string form, string xpos, out string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        int length = form.Length + 1 + xpos.Length;
        if (length > 256)
        {
            return _tagged.TryGetValue(Key(form, xpos), out lemma!);
        }

        // The key is built on the stack: no string per word.
        Span<char> key = stackalloc char[length];
        form.CopyTo(key);
        key[form.Length] = '\t';
        xpos.CopyTo(key[(form.Length + 1)..]);
        return _taggedOfSpan.TryGetValue(key, out lemma!);
    }

    /// <summary>The lemma of a form that training always lemmatized the same way.</summary>
    public bool TryForm(string form, out string lemma) => _forms.TryGetValue(form, out lemma!);

    /// <summary>True when <paramref name="lemma"/> is a lemma of the training data.</summary>
    public bool IsLemma(string lemma) => _lemmas.Contains(lemma);
}
