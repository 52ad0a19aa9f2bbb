namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// Queries on a sentence's tree held as arrays (absolute head indexes, -1 for the root), for the repairs that run
/// after the parser.
/// </summary>
internal static class HeadArrays
{
    /// <summary>The index just after the last token that <paramref name="token"/> dominates.</summary>
    public static int SubtreeEnd(int[] heads, int first, int end, int token)
    {
        int last = token;
        for (int i = token + 1; i < end; i++)
        {
            if (Dominates(heads, token, i))
            {
                last = i;
            }
        }

        return last + 1;
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="token"/> or one of its ancestors.</summary>
    public static bool Dominates(int[] heads, int ancestor, int token)
    {
        for (int t = token, guard = 0; t >= 0 && guard < heads.Length; t = heads[t], guard++)
        {
            if (t == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="verb"/> has a nominal or clausal subject or an expletive.</summary>
    public static bool HasSubject(int[] heads, string[] deprels, int first, int end, int verb)
    {
        for (int i = first; i < end; i++)
        {
            if (heads[i] == verb && (deprels[i].StartsWith("nsubj", StringComparison.Ordinal) || deprels[i].StartsWith("csubj", StringComparison.Ordinal) || deprels[i] == "expl"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="head"/> has a child with exactly <paramref name="deprel"/>.</summary>
    public static bool HasChild(int[] heads, string[] deprels, int first, int end, int head, string deprel)
    {
        for (int i = first; i < end; i++)
        {
            if (heads[i] == head && deprels[i] == deprel)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some token of [first, end) depends on <paramref name="head"/>.</summary>
    public static bool HasChildren(int[] heads, int first, int end, int head)
    {
        for (int i = first; i < end; i++)
        {
            if (heads[i] == head)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token that <paramref name="token"/> dominates (itself included).</summary>
    public static int SubtreeStart(int[] heads, int first, int token)
    {
        int start = token;
        for (int i = token - 1; i >= first; i--)
        {
            if (Dominates(heads, token, i))
            {
                start = i;
            }
        }

        return start;
    }
}
