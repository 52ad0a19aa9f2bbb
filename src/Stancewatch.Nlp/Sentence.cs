using Stancewatch.Text;

namespace Stancewatch.Nlp;

/// <summary>A view of one sentence of an <see cref="AnnotatedDocument"/>; owns no data.</summary>
public readonly struct Sentence : IEquatable<Sentence>
{
    public Sentence(AnnotatedDocument document, int index)
    {
        Document = document;
        Index = index;
    }

    public AnnotatedDocument Document { get; }
    public int Index { get; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken => Document.SentenceStarts[Index];

    /// <summary>Index one past the last token.</summary>
    public int EndToken => Index + 1 < Document.SentenceCount ? Document.SentenceStarts[Index + 1] : Document.TokenCount;

    public int TokenCount => EndToken - FirstToken;
    public int Start => Document.TokenStarts[FirstToken];
    public int End => Document.TokenEnds[EndToken - 1];
    public CharRange Range => new(Start, End);
    public string Text => Document.Text[Start..End];

    /// <summary>Tokens in order.</summary>
    public IEnumerable<Token> Tokens()
    {
        for (int i = FirstToken; i < EndToken; i++)
        {
            yield return new Token(Document, i);
        }
    }

    /// <summary>The root token(s) of the sentence (heads of -1).</summary>
    public IEnumerable<Token> Roots()
    {
        var heads = Document.Heads;
        return Tokens().Where(t => heads[t.Index] < 0);
    }

    public bool Equals(Sentence other) => ReferenceEquals(Document, other.Document) && Index == other.Index;
    public override bool Equals(object? obj) => obj is Sentence s && Equals(s);
    public override int GetHashCode() => HashCode.Combine(Document, Index);
    public static bool operator ==(Sentence left, Sentence right) => left.Equals(right);
    public static bool operator !=(Sentence left, Sentence right) => !left.Equals(right);
    public override string ToString() => Text;
}
