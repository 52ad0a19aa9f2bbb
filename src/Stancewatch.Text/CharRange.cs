namespace Stancewatch.Text;

/// <summary>A half-open range [Start, End) of character offsets into a document's stored text.</summary>
public readonly record struct CharRange(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two ranges share at least one character.</summary>
    public bool Overlaps(CharRange other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(CharRange other) => Start <= other.Start && other.End <= End;

    /// <summary>The covered characters of <paramref name="text"/>.</summary>
    public string Slice(string text) => text[Start..End];
}
