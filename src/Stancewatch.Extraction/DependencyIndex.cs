using Stancewatch.Nlp;

namespace Stancewatch.Extraction;

/// <summary>Children lists and lower-cased lemmas of a parsed document, built once so that tree walks are cheap.</summary>
internal sealed class DependencyIndex
{
    private static readonly int[] None = [];
    private readonly int[][] _children;

    public DependencyIndex(AnnotatedDocument document)
    {
        Document = document;
        int n = document.TokenCount;
        var heads = document.Heads;
        bool parsed = document.Has(AnnotationLayers.Dependencies);
        var lists = new List<int>?[n];
        if (parsed)
        {
            for (int i = 0; i < n; i++)
            {
                int h = heads[i];
                if (h >= 0 && h < n)
                {
                    (lists[h] ??= []).Add(i);
                }
            }
        }

        _children = new int[n][];
        for (int i = 0; i < n; i++)
        {
            _children[i] = lists[i]?.ToArray() ?? None;
        }

        Lemmas = new string[n];
        Upos = new string[n];
        Deprels = new string[n];
        bool lemmas = document.Has(AnnotationLayers.Lemmas);
        bool tags = document.Has(AnnotationLayers.Tags);
        for (int i = 0; i < n; i++)
        {
            Lemmas[i] = (lemmas ? document.Lemmas[i] : document.Forms[i]).ToLowerInvariant();
            Upos[i] = tags ? document.Upos[i] : "X";
            Deprels[i] = parsed ? document.Deprels[i] : "dep";
        }
    }

    public AnnotatedDocument Document { get; }
    public string[] Lemmas { get; }
    public string[] Upos { get; }
    public string[] Deprels { get; }

    public int Head(int token) => Document.Heads.IsDefaultOrEmpty ? -1 : Document.Heads[token];

    /// <summary>For a verb pattern's particle or preposition ("pull out", "engage in"): -2 when <paramref name="particle"/> is absent; else the argument it introduces, or -1.</summary>
    public int ParticleArgument(int t, string particle)
    {
        foreach (int c in Children(t))
        {
            if (Deprels[c] == "compound:prt" && Lemmas[c] == particle)
            {
                int obj = Child(t, "obj");
                return obj >= 0 ? obj : -1;
            }
        }

        foreach (int c in Children(t))
        {
            if (BaseRel(c) is "obl" or "obj" or "xcomp" or "advcl" && CasesOf(c).Contains(particle, StringComparer.Ordinal))
            {
                return c;
            }
        }

        return -2;
    }

    /// <summary>The heads above <paramref name="token"/>, nearest first (at most 32, against cycles in a bad parse).</summary>
    public IEnumerable<int> Ancestors(int token)
    {
        int guard = 0;
        for (int h = Head(token); h >= 0 && guard++ < 32; h = Head(h))
        {
            yield return h;
        }
    }

    public int[] Children(int token) => _children[token];

    /// <summary>Deprel without its subtype ("nsubj:pass" → "nsubj").</summary>
    public string BaseRel(int token)
    {
        string d = Deprels[token];
        int colon = d.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? d : d[..colon];
    }

    /// <summary>First child with the relation (a base name also matches its subtypes), or -1.</summary>
    public int Child(int token, string deprel)
    {
        foreach (int c in _children[token])
        {
            if (Is(c, deprel))
            {
                return c;
            }
        }

        return -1;
    }

    public bool Is(int token, string deprel)
    {
        string d = Deprels[token];
        return d == deprel || (d.Length > deprel.Length && d[deprel.Length] == ':' && d.StartsWith(deprel, StringComparison.Ordinal));
    }

    /// <summary>The lemma of the case or mark dependent ("to" in "to Ukraine"), or null.</summary>
    public string? CaseOf(int token)
    {
        foreach (int c in _children[token])
        {
            if (Deprels[c] is "case" or "mark")
            {
                // "according to", "in front of": the first word names the relation unless a fixed word follows.
                return Lemmas[c];
            }
        }

        return null;
    }

    /// <summary>The lemmas of all case/mark dependents and their fixed parts.</summary>
    public IEnumerable<string> CasesOf(int token)
    {
        foreach (int c in _children[token])
        {
            if (Deprels[c] is "case" or "mark")
            {
                yield return Lemmas[c];
                foreach (int f in _children[c])
                {
                    if (Deprels[f] == "fixed")
                    {
                        yield return Lemmas[f];
                    }
                }
            }
        }
    }

    /// <summary>Token range [first, end) of the subtree of <paramref name="token"/>.</summary>
    public (int First, int End) Subtree(int token)
    {
        int first = token, last = token;
        var stack = new Stack<int>();
        stack.Push(token);
        int guard = 0;
        while (stack.Count > 0 && guard++ < 4096)
        {
            int t = stack.Pop();
            first = Math.Min(first, t);
            last = Math.Max(last, t);
            foreach (int c in _children[t])
            {
                stack.Push(c);
            }
        }

        return (first, last + 1);
    }

    public bool Dominates(int ancestor, int token)
    {
        int guard = 0;
        for (int t = token; t >= 0 && guard++ < 256; t = Head(t))
        {
            if (t == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
