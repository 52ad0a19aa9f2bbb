using Stancewatch.Text;

namespace Stancewatch.Nlp;

/// <summary>A view of one token of an <see cref="AnnotatedDocument"/>; owns no data.</summary>
public readonly struct Token : IEquatable<Token>
{
    public Token(AnnotatedDocument document, int index)
    {
        Document = document;
        Index = index;
    }

    public AnnotatedDocument Document { get; }
    public int Index { get; }

    public int Start => Document.TokenStarts[Index];
    public int End => Document.TokenEnds[Index];
    public CharRange Range => new(Start, End);
    public string Form => Document.Forms[Index];
    public string Upos => Document.Upos[Index];
    public string Xpos => Document.Xpos[Index];
    public string Feats => Document.Feats[Index];
    public string Lemma => Document.Lemmas[Index];
    public string Deprel => Document.Deprels[Index];
    public int SentenceIndex => Document.SentenceOf(Index);

    /// <summary>The syntactic head, or null for a sentence root.</summary>
    public Token? Head => Document.Heads[Index] < 0 ? null : new Token(Document, Document.Heads[Index]);

    /// <summary>Dependents in token order.</summary>
    public IEnumerable<Token> Children()
    {
        var sentence = Document.Sentence(SentenceIndex);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (Document.Heads[i] == Index)
            {
                yield return new Token(Document, i);
            }
        }
    }

    /// <summary>Dependents with the given relation (subtypes included: "nsubj" matches "nsubj:pass").</summary>
    public IEnumerable<Token> Children(string deprel) =>
        Children().Where(c => c.Deprel == deprel || c.Deprel.StartsWith(deprel + ":", StringComparison.Ordinal));

    /// <summary>First and last token index (inclusive, exclusive) of the subtree rooted here.</summary>
    public (int First, int End) Subtree()
    {
        int first = Index, last = Index;
        var sentence = Document.Sentence(SentenceIndex);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i < first || i > last)
            {
                if (Dominates(i))
                {
                    first = Math.Min(first, i);
                    last = Math.Max(last, i);
                }
            }
        }

        return (first, last + 1);
    }

    /// <summary>True when this token is <paramref name="token"/> or one of its ancestors.</summary>
    public bool Dominates(int token)
    {
        int guard = 0;
        for (int t = token; t >= 0 && guard++ < 1000; t = Document.Heads[t])
        {
            if (t == Index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ancestors from the head upwards to the root.</summary>
    public IEnumerable<Token> Ancestors()
    {
        int guard = 0;
        for (int t = Document.Heads[Index]; t >= 0 && guard++ < 1000; t = Document.Heads[t])
        {
            yield return new Token(Document, t);
        }
    }

    /// <summary>
    /// The dependency path from this token to <paramref name="other"/>: up to their lowest common ancestor, then down.
    /// Empty when they are in different sentences.
    /// </summary>
    public IReadOnlyList<Token> PathTo(Token other)
    {
        if (other.SentenceIndex != SentenceIndex)
        {
            return [];
        }

        var up = new List<Token> { this };
        up.AddRange(Ancestors());
        var down = new List<Token> { other };
        foreach (var a in other.Ancestors())
        {
            int meet = up.FindIndex(u => u.Index == a.Index);
            if (meet >= 0)
            {
                return [.. up.Take(meet + 1), .. Enumerable.Reverse(down)];
            }

            down.Add(a);
        }

        int direct = up.FindIndex(u => u.Index == other.Index);
        return direct >= 0 ? up.Take(direct + 1).ToList() : [.. up, .. Enumerable.Reverse(down)];
    }

    public bool Equals(Token other) => ReferenceEquals(Document, other.Document) && Index == other.Index;
    public override bool Equals(object? obj) => obj is Token t && Equals(t);
    public override int GetHashCode() => HashCode.Combine(Document, Index);
    public static bool operator ==(Token left, Token right) => left.Equals(right);
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
    public override string ToString() => Form;
}
