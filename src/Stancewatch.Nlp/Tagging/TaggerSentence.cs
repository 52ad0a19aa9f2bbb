using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// What <see cref="TaggerFeatures"/> needs of a sentence, computed once before tagging it: each word's hashes,
/// its ambiguity class, the ambiguity class of its lower-case form, and the sentence's casing style.
/// </summary>
public sealed class TaggerSentence
{
    private TaggerSentence(WordHashes[] words, ulong[] ambiguity, ulong[] lowerAmbiguity, ulong casing)
    {
        Words = words;
        Ambiguity = ambiguity;
        LowerAmbiguity = lowerAmbiguity;
        Casing = casing;
    }

    /// <summary>Hashes of each word.</summary>
    public WordHashes[] Words { get; }

    /// <summary>Ambiguity class of each word (<see cref="TagDictionary.Ambiguity(ReadOnlySpan{char})"/>).</summary>
    public ulong[] Ambiguity { get; }

    /// <summary>
    /// Ambiguity class of each word's lower-case form: how "The" or "Apple" behaves when not capitalised, which
    /// tells a capitalised common word from a name.
    /// </summary>
    public ulong[] LowerAmbiguity { get; }

    /// <summary>The sentence's casing style: ordinary, all lower case, all capitals, or title case (0-3).</summary>
    public ulong Casing { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Length;

    /// <summary>Prepares one sentence.</summary>
    public static TaggerSentence Of(IReadOnlyList<string> forms, TagDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(dictionary);
        var words = new WordHashes[forms.Count];
        var ambiguity = new ulong[forms.Count];
        var lowerAmbiguity = new ulong[forms.Count];
        Span<char> buffer = stackalloc char[64];
        for (int i = 0; i < forms.Count; i++)
        {
            string form = forms[i];
            words[i] = WordHashes.Of(form);
            ambiguity[i] = dictionary.Ambiguity(form);
            if (form.Length > buffer.Length || !HasUpper(form))
            {
                lowerAmbiguity[i] = ambiguity[i];
                continue;
            }

            int length = form.AsSpan().ToLowerInvariant(buffer);
            lowerAmbiguity[i] = dictionary.Ambiguity(buffer[..length]);
        }

        return new TaggerSentence(words, ambiguity, lowerAmbiguity, CasingOf(forms));
    }

    private static bool HasUpper(string form)
    {
        foreach (char c in form)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong CasingOf(IReadOnlyList<string> forms)
    {
        int words = 0, lower = 0, upper = 0, title = 0;
        foreach (string form in forms)
        {
            if (form.Length == 0 || !char.IsLetter(form[0]))
            {
                continue;
            }

            words++;
            bool allLower = true, allUpper = true;
            foreach (char c in form)
            {
                allLower &= !char.IsUpper(c);
                allUpper &= !char.IsLower(c);
            }

            lower += allLower ? 1 : 0;
            upper += allUpper && form.Length > 1 ? 1 : 0;
            title += char.IsUpper(form[0]) ? 1 : 0;
        }

        if (words < 3)
        {
            return 0;
        }

        return lower == words ? 1UL : upper * 10 >= words * 8 ? 2UL : title * 10 >= words * 7 ? 3UL : 0UL;
    }
}
