using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// Feature templates of <see cref="ArcHybridParser"/> (after Zhang and Nivre 2011, adapted to arc-hybrid): words
/// and tags of s0..s2 and b0..b2, the outermost children of s0, s1 and b0 with their labels, distance, valency,
/// and conjunctions of them.
/// </summary>
public static class ParserFeatures
{
    /// <summary>Upper bound on the number of features per configuration.</summary>
    public const int MaxFeatures = 80;

    private static readonly ulong RootWord = FeatureHash.Of("<root>");
    private static readonly ulong NoneWord = FeatureHash.Of("<none>");

    /// <summary>
    /// Per-word hashes of a sentence: word (lower case), XPOS and UPOS, with the root at index n and an empty
    /// position at n + 1.
    /// </summary>
    public static (ulong[] Words, ulong[] Tags, ulong[] Upos) Hash(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(upos);
        int n = forms.Count;
        var w = new ulong[n + 2];
        var t = new ulong[n + 2];
        var u = new ulong[n + 2];
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < n; i++)
        {
            string f = forms[i];
            if (f.Length <= lower.Length)
            {
                int len = f.AsSpan().ToLowerInvariant(lower);
                w[i] = FeatureHash.Of(lower[..len]);
            }
            else
            {
                w[i] = FeatureHash.Of(f.ToLowerInvariant());
            }

            t[i] = FeatureHash.Of(xpos[i]);
            u[i] = FeatureHash.Of(upos[i]);
        }

        w[n] = t[n] = u[n] = RootWord;
        w[n + 1] = t[n + 1] = u[n + 1] = NoneWord;
        return (w, t, u);
    }

    /// <summary>Writes the features of <paramref name="state"/> and returns their number.</summary>
    public static int Extract(ArcHybridState state, ulong[] words, ulong[] tags, ulong[] upos, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(upos);
        int none = state.Length + 1;
        int s0 = Or(state.StackAt(0), none), s1 = Or(state.StackAt(1), none), s2 = Or(state.StackAt(2), none);
        int b0 = Or(state.BufferAt(0), none), b1 = Or(state.BufferAt(1), none), b2 = Or(state.BufferAt(2), none);

        int s0l = Child(state.LeftChild1, s0, none), s0l2 = Child(state.LeftChild2, s0, none);
        int s0r = Child(state.RightChild1, s0, none), s0r2 = Child(state.RightChild2, s0, none);
        int s1l = Child(state.LeftChild1, s1, none), s1r = Child(state.RightChild1, s1, none), s1r2 = Child(state.RightChild2, s1, none);
        int b0l = Child(state.LeftChild1, b0, none), b0l2 = Child(state.LeftChild2, b0, none);

        ulong w0 = words[s0], t0 = tags[s0], wb = words[b0], tb = tags[b0];
        ulong w1 = words[s1], t1 = tags[s1], wb1 = words[b1], tb1 = tags[b1];
        ulong t2 = tags[s2], tb2 = tags[b2], wb2 = words[b2];
        ulong ls0l = Label(state, s0l, none), ls0l2 = Label(state, s0l2, none), ls0r = Label(state, s0r, none), ls0r2 = Label(state, s0r2, none);
        ulong ls1l = Label(state, s1l, none), ls1r = Label(state, s1r, none), lb0l = Label(state, b0l, none), lb0l2 = Label(state, b0l2, none);
        ulong dist = s0 == none || b0 == none ? 0UL : (ulong)Math.Min(b0 - s0, 6);
        ulong dist10 = s1 == none || s0 == none ? 0UL : (ulong)Math.Min(s0 - s1, 6);
        ulong vr0 = s0 == none ? 0UL : (ulong)state.RightCount[s0] + 1, vl0 = s0 == none ? 0UL : (ulong)state.LeftCount[s0] + 1;
        ulong vlb = b0 == none ? 0UL : (ulong)state.LeftCount[b0] + 1;
        ulong vr1 = s1 == none ? 0UL : (ulong)state.RightCount[s1] + 1;

        int n = 0;
        // single words
        f[n++] = FeatureHash.Combine(201, w0);
        f[n++] = FeatureHash.Combine(202, t0);
        f[n++] = FeatureHash.Combine(203, w0, t0);
        f[n++] = FeatureHash.Combine(204, wb);
        f[n++] = FeatureHash.Combine(205, tb);
        f[n++] = FeatureHash.Combine(206, wb, tb);
        f[n++] = FeatureHash.Combine(207, wb1);
        f[n++] = FeatureHash.Combine(208, tb1);
        f[n++] = FeatureHash.Combine(209, wb1, tb1);
        f[n++] = FeatureHash.Combine(210, wb2, tb2);
        f[n++] = FeatureHash.Combine(211, tb2);
        f[n++] = FeatureHash.Combine(212, w1);
        f[n++] = FeatureHash.Combine(213, t1);
        f[n++] = FeatureHash.Combine(214, w1, t1);
        f[n++] = FeatureHash.Combine(215, t2);
        f[n++] = FeatureHash.Combine(216, upos[s0], upos[b0]);
        f[n++] = FeatureHash.Combine(217, upos[s1], upos[s0]);

        // pairs
        f[n++] = FeatureHash.Combine(220, FeatureHash.Combine(0, w0, t0), wb, tb);
        f[n++] = FeatureHash.Combine(221, w0, t0, wb);
        f[n++] = FeatureHash.Combine(222, w0, wb, tb);
        f[n++] = FeatureHash.Combine(223, w0, t0, tb);
        f[n++] = FeatureHash.Combine(224, t0, wb, tb);
        f[n++] = FeatureHash.Combine(225, w0, wb);
        f[n++] = FeatureHash.Combine(226, t0, tb);
        f[n++] = FeatureHash.Combine(227, tb, tb1);
        f[n++] = FeatureHash.Combine(228, FeatureHash.Combine(0, w1, t1), w0, t0);
        f[n++] = FeatureHash.Combine(229, w1, t1, t0);
        f[n++] = FeatureHash.Combine(230, t1, w0, t0);
        f[n++] = FeatureHash.Combine(231, w1, w0);
        f[n++] = FeatureHash.Combine(232, t1, t0);
        f[n++] = FeatureHash.Combine(233, w0, wb1);
        f[n++] = FeatureHash.Combine(234, wb, wb1);

        // triples of tags
        f[n++] = FeatureHash.Combine(240, tb, tb1, tb2);
        f[n++] = FeatureHash.Combine(241, t0, tb, tb1);
        f[n++] = FeatureHash.Combine(242, t1, t0, tb);
        f[n++] = FeatureHash.Combine(243, t0, tags[s0l], tb);
        f[n++] = FeatureHash.Combine(244, t0, tags[s0r], tb);
        f[n++] = FeatureHash.Combine(245, t0, tb, tags[b0l]);
        f[n++] = FeatureHash.Combine(246, t1, t0, tags[s0l]);
        f[n++] = FeatureHash.Combine(247, t1, t0, tags[s0r]);
        f[n++] = FeatureHash.Combine(248, t2, t1, t0);
        f[n++] = FeatureHash.Combine(249, t1, tags[s1r], t0);
        f[n++] = FeatureHash.Combine(250, t1, tags[s1l], t0);

        // distance and valency
        f[n++] = FeatureHash.Combine(260, w0, dist);
        f[n++] = FeatureHash.Combine(261, t0, dist);
        f[n++] = FeatureHash.Combine(262, wb, dist);
        f[n++] = FeatureHash.Combine(263, tb, dist);
        f[n++] = FeatureHash.Combine(264, FeatureHash.Combine(0, w0, wb), dist);
        f[n++] = FeatureHash.Combine(265, t0, tb, dist);
        f[n++] = FeatureHash.Combine(266, t1, t0, dist10);
        f[n++] = FeatureHash.Combine(267, w1, w0, dist10);
        f[n++] = FeatureHash.Combine(268, w0, vr0);
        f[n++] = FeatureHash.Combine(269, t0, vr0);
        f[n++] = FeatureHash.Combine(270, w0, vl0);
        f[n++] = FeatureHash.Combine(271, t0, vl0);
        f[n++] = FeatureHash.Combine(272, wb, vlb);
        f[n++] = FeatureHash.Combine(273, tb, vlb);
        f[n++] = FeatureHash.Combine(274, t1, vr1);

        // children
        f[n++] = FeatureHash.Combine(280, words[s0l], tags[s0l]);
        f[n++] = FeatureHash.Combine(281, ls0l);
        f[n++] = FeatureHash.Combine(282, words[s0r], tags[s0r]);
        f[n++] = FeatureHash.Combine(283, ls0r);
        f[n++] = FeatureHash.Combine(284, words[b0l], tags[b0l]);
        f[n++] = FeatureHash.Combine(285, lb0l);
        f[n++] = FeatureHash.Combine(286, words[s1r], ls1r);
        f[n++] = FeatureHash.Combine(287, ls1l, t1);
        f[n++] = FeatureHash.Combine(288, t0, ls0l, ls0l2);
        f[n++] = FeatureHash.Combine(289, t0, ls0r, ls0r2);
        f[n++] = FeatureHash.Combine(290, tb, lb0l, lb0l2);
        f[n++] = FeatureHash.Combine(291, t0, tags[s0l], tags[s0l2]);
        f[n++] = FeatureHash.Combine(292, t0, tags[s0r], tags[s0r2]);
        f[n++] = FeatureHash.Combine(293, tb, tags[b0l], tags[b0l2]);
        f[n++] = FeatureHash.Combine(294, w0, ls0l, ls0r);
        f[n++] = FeatureHash.Combine(295, wb, lb0l, tb);
        f[n++] = FeatureHash.Combine(296, t1, ls1r, words[s1r2]);
        f[n++] = FeatureHash.Combine(297, w1, t0, ls1r);
        return n;
    }

    private static int Or(int index, int none) => index < 0 ? none : index;

    private static int Child(int[] children, int parent, int none) => parent >= none || children[parent] < 0 ? none : children[parent];

    private static ulong Label(ArcHybridState state, int word, int none) => word >= none || state.Labels[word] < 0 ? 0UL : (ulong)state.Labels[word] + 1;
}
