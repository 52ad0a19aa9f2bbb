using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Lemmatization;

/// <summary>Feature templates of <see cref="EditRuleLemmatizer"/>'s rule classifier: the tags, suffixes and shape of the word.</summary>
public static class LemmatizerFeatures
{
    /// <summary>Upper bound on the number of features per word.</summary>
    public const int MaxFeatures = 24;

    /// <summary>Writes the features of one word and returns their number.</summary>
    public static int Extract(string form, string upos, string xpos, string feats, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(form);
        var w = WordHashes.Of(form);
        ulong u = FeatureHash.Of(upos), x = FeatureHash.Of(xpos), f = FeatureHash.Of(feats);
        ReadOnlySpan<char> last5 = form.AsSpan(Math.Max(0, form.Length - 5));
        Span<char> lower5 = stackalloc char[last5.Length];
        last5.ToLowerInvariant(lower5);
        ulong s5 = FeatureHash.Of(lower5);
        ulong len = (ulong)Math.Min(form.Length, 12);
        int n = 0;
        features[n++] = FeatureHash.Combine(101, 0);
        features[n++] = FeatureHash.Combine(102, u);
        features[n++] = FeatureHash.Combine(103, x);
        features[n++] = FeatureHash.Combine(104, x, f);
        features[n++] = FeatureHash.Combine(105, w.Suffix1, x);
        features[n++] = FeatureHash.Combine(106, w.Suffix2, x);
        features[n++] = FeatureHash.Combine(107, w.Suffix3, x);
        features[n++] = FeatureHash.Combine(108, w.Suffix4, x);
        features[n++] = FeatureHash.Combine(109, s5, x);
        features[n++] = FeatureHash.Combine(110, w.Suffix2);
        features[n++] = FeatureHash.Combine(111, w.Suffix3);
        features[n++] = FeatureHash.Combine(112, w.Shape, u);
        features[n++] = FeatureHash.Combine(113, w.Flags, u);
        features[n++] = FeatureHash.Combine(114, len, x);
        features[n++] = FeatureHash.Combine(115, w.Lower, x);
        features[n++] = FeatureHash.Combine(116, w.Suffix3, u, f);
        features[n++] = FeatureHash.Combine(117, w.Prefix2, w.Suffix2);
        return n;
    }
}
