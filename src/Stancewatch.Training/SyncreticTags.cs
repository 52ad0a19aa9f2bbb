namespace Stancewatch.Training;

/// <summary>
/// Pairs of tags that English inflection spells alike: a regular past form is both past tense and participle
/// ("advised": VBD, VBN), a base form both infinitive and present ("urge": VB, VBP), an -s form both plural noun and
/// third-person verb ("offers": NNS, VBZ). The tagger's dictionary limits a frequent word to the classes it was seen
/// with, so a word seen only one way could never be read the other way ("Security services advised citizens" read as
/// a participle); <see cref="Open"/> adds each seen class's partner. Only noun and verb classes are paired: auxiliaries
/// are frequent enough to have been seen every way they are used.
/// </summary>
public sealed class SyncreticTags
{
    private static readonly (string First, string Second)[] Pairs = [("VBD", "VBN"), ("VB", "VBP"), ("NNS", "VBZ")];

    private readonly int[] _partner;

    /// <summary>
    /// Finds each class's partner: among the noun and verb classes with the paired XPOS, the most frequent one with
    /// the same UPOS, else the most frequent one (lowest id on ties).
    /// </summary>
    /// <param name="labels">Composite "UPOS XPOS FEATS" class labels, by class id.</param>
    /// <param name="frequency">How often each class occurs in the training data, by class id.</param>
    public SyncreticTags(IReadOnlyList<string> labels, IReadOnlyList<int> frequency)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(frequency);
        if (labels.Count != frequency.Count)
        {
            throw new ArgumentException($"{frequency.Count} frequencies for {labels.Count} classes", nameof(frequency));
        }

        var tags = labels.Select(Nlp.Tagging.PerceptronTagger.SplitLabel).ToArray();
        _partner = new int[labels.Count];
        for (int c = 0; c < labels.Count; c++)
        {
            _partner[c] = PartnerOf(c, tags, frequency);
        }
    }

    /// <summary>The partner class of <paramref name="classId"/>, or -1 when it has none.</summary>
    public int PartnerOf(int classId) => _partner[classId];

    /// <summary>The classes <paramref name="seen"/> and their partners, ascending.</summary>
    public ushort[] Open(IEnumerable<int> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var open = new SortedSet<int>();
        foreach (int c in seen)
        {
            open.Add(c);
            if (_partner[c] >= 0)
            {
                open.Add(_partner[c]);
            }
        }

        return [.. open.Select(c => (ushort)c)];
    }

    private static int PartnerOf(int c, (string Upos, string Xpos, string Feats)[] tags, IReadOnlyList<int> frequency)
    {
        if (!IsOpen(tags[c].Upos) || PairedXpos(tags[c].Xpos) is not { } xpos)
        {
            return -1;
        }

        int best = -1;
        for (int k = 0; k < tags.Length; k++)
        {
            if (tags[k].Xpos != xpos || !IsOpen(tags[k].Upos))
            {
                continue;
            }

            if (best < 0 || Better(k, best))
            {
                best = k;
            }
        }

        return best;

        bool Better(int k, int than)
        {
            bool same = tags[k].Upos == tags[c].Upos, sameThan = tags[than].Upos == tags[c].Upos;
            return same != sameThan ? same : frequency[k] > frequency[than];
        }
    }

    private static bool IsOpen(string upos) => upos is "NOUN" or "VERB";

    private static string? PairedXpos(string xpos)
    {
        foreach (var (first, second) in Pairs)
        {
            if (xpos == first)
            {
                return second;
            }

            if (xpos == second)
            {
                return first;
            }
        }

        return null;
    }
}
