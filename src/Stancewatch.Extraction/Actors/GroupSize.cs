using System.Collections.Frozen;
using System.Globalization;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// The number a group mention states ("the three Central Asian countries", "both sides"). When it disagrees
/// with the members the mention was expanded to, the text means some members the mention cannot tell apart,
/// so the mention names no one in particular.
/// </summary>
public static class GroupSize
{
    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["both"] = 2, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="words"/> (the mention's text) state a number other than <paramref name="members"/>.</summary>
    public static bool Contradicts(ReadOnlySpan<char> words, int members) =>
        members >= 2 && Stated(words) is { } stated && stated != members;

    /// <summary>The number the words state ("three", "both", "5"), or null.</summary>
    public static int? Stated(ReadOnlySpan<char> words)
    {
        var lookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in words.SplitAny(" -\u00a0"))
        {
            var word = words[range];
            if (lookup.TryGetValue(word, out int stated) || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out stated))
            {
                return stated;
            }
        }

        return null;
    }
}
