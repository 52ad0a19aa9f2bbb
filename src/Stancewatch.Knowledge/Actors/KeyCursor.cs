namespace Stancewatch.Knowledge.Actors;

/// <summary>
/// A position in a <see cref="PrefixIndex{TValue}"/>: the range of sorted keys that start with the characters fed
/// so far (<see cref="Depth"/> of them). Empty when no key has that prefix.
/// </summary>
public readonly record struct KeyCursor(int Low, int High, int Depth)
{
    /// <summary>True when no key starts with the characters fed so far.</summary>
    public bool IsEmpty => Low >= High;
}
