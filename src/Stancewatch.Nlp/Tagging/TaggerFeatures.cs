using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Feature templates of <see cref="PerceptronTagger"/>, shared by prediction and training: the word, its affixes
/// and shape, two words either side, and the tags already chosen for the two words before it, the ambiguity classes of the word and its lower-case form, and
/// the sentence's casing style.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features per token.</summary>
    public const int MaxFeatures = 48;

    private static readonly ulong None = FeatureHash.Of("<none>");

    /// <summary>
    /// Writes the features of word <paramref name="i"/> into <paramref name="features"/> and returns their number.
    /// <paramref name="previous"/> and <paramref name="previous2"/> are the class ids chosen for words i-1 and i-2
    /// (-1 when absent); <paramref name="xposOf"/> maps a class id to its XPOS hash.
    /// </summary>
    public static int Extract(TaggerSentence sentence, int i, int previous, int previous2, ReadOnlySpan<ulong> xposOf, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ReadOnlySpan<WordHashes> words = sentence.Words;
        ReadOnlySpan<ulong> ambiguity = sentence.Ambiguity;
        ref readonly var w = ref words[i];
        var m1 = i >= 1 ? words[i - 1] : WordHashes.Start;
        var m2 = i >= 2 ? words[i - 2] : WordHashes.Start;
        var p1 = i + 1 < words.Length ? words[i + 1] : WordHashes.End;
        var p2 = i + 2 < words.Length ? words[i + 2] : WordHashes.End;
        ulong t1 = previous >= 0 ? xposOf[previous] : None;
        ulong t2 = previous2 >= 0 ? xposOf[previous2] : None;
        ulong c1 = previous >= 0 ? (ulong)previous + 1 : 0;

        int n = 0;
        features[n++] = FeatureHash.Combine(1, 0);
        features[n++] = FeatureHash.Combine(2, w.Form);
        features[n++] = FeatureHash.Combine(3, w.Lower);
        features[n++] = FeatureHash.Combine(4, w.Suffix1);
        features[n++] = FeatureHash.Combine(5, w.Suffix2);
        features[n++] = FeatureHash.Combine(6, w.Suffix3);
        features[n++] = FeatureHash.Combine(7, w.Suffix4);
        features[n++] = FeatureHash.Combine(8, w.Prefix1);
        features[n++] = FeatureHash.Combine(9, w.Prefix2);
        features[n++] = FeatureHash.Combine(10, w.Prefix3);
        features[n++] = FeatureHash.Combine(11, w.Shape);
        features[n++] = FeatureHash.Combine(12, m1.Lower);
        features[n++] = FeatureHash.Combine(13, m2.Lower);
        features[n++] = FeatureHash.Combine(14, p1.Lower);
        features[n++] = FeatureHash.Combine(15, p2.Lower);
        features[n++] = FeatureHash.Combine(16, m1.Suffix3);
        features[n++] = FeatureHash.Combine(17, p1.Suffix3);
        features[n++] = FeatureHash.Combine(18, m1.Shape);
        features[n++] = FeatureHash.Combine(19, p1.Shape);
        features[n++] = FeatureHash.Combine(20, c1);
        features[n++] = FeatureHash.Combine(21, t1, t2);
        features[n++] = FeatureHash.Combine(22, t1, w.Lower);
        features[n++] = FeatureHash.Combine(23, m1.Lower, w.Lower);
        features[n++] = FeatureHash.Combine(24, w.Lower, p1.Lower);
        features[n++] = FeatureHash.Combine(25, t2);
        features[n++] = FeatureHash.Combine(26, p2.Suffix3);
        features[n++] = FeatureHash.Combine(27, t1, w.Suffix3);
        features[n++] = FeatureHash.Combine(28, i == 0 ? 1UL : 0UL, w.Shape);
        features[n++] = FeatureHash.Combine(29, w.Flags);
        features[n++] = FeatureHash.Combine(30, p1.Lower, p2.Lower);
        features[n++] = FeatureHash.Combine(31, m2.Lower, m1.Lower);
        features[n++] = FeatureHash.Combine(32, t1, p1.Lower);
        features[n++] = FeatureHash.Combine(33, m1.Lower, p1.Lower);
        features[n++] = FeatureHash.Combine(34, w.Suffix2, p1.Suffix2);
        features[n++] = FeatureHash.Combine(35, p1.Flags, w.Flags);
        ulong a0 = ambiguity[i];
        ulong a1 = i + 1 < words.Length ? ambiguity[i + 1] : None;
        ulong a2 = i + 2 < words.Length ? ambiguity[i + 2] : None;
        features[n++] = FeatureHash.Combine(36, a0);
        features[n++] = FeatureHash.Combine(37, a1);
        features[n++] = FeatureHash.Combine(38, a2);
        features[n++] = FeatureHash.Combine(39, t1, a0, a1);
        features[n++] = FeatureHash.Combine(40, w.Lower, a1);
        features[n++] = FeatureHash.Combine(41, a1, a2);
        ulong lower0 = sentence.LowerAmbiguity[i];
        features[n++] = FeatureHash.Combine(42, lower0, i == 0 ? 1UL : 0UL);
        features[n++] = FeatureHash.Combine(43, lower0, w.Shape);
        features[n++] = FeatureHash.Combine(44, sentence.Casing, w.Flags);
        features[n++] = FeatureHash.Combine(45, sentence.Casing, a0);
        features[n++] = FeatureHash.Combine(46, t1, lower0);
        return n;
    }
}
