using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>
/// Finds where two treebanks annotate the same word with the same XPOS by different feature conventions (GUM writes
/// <c>Degree=Pos</c> on "really" and <c>PronType=Dem</c> on existential "there"; EWT writes neither): a feature of a
/// (lower-case form, XPOS) pair is a difference when both treebanks agree with themselves on it (at least
/// <see cref="MinShare"/> of the occurrences) but not with each other. The tagger, trained on both, rewrites its
/// output for these words to the reference treebank's value (<see cref="FeatureRewrites"/>). Immutable.
/// </summary>
public sealed class FeatureConventions
{
    /// <summary>Share of its occurrences with which each treebank must give a feature its majority value.</summary>
    public const double MinShare = 0.9;

    /// <summary>Occurrences of a (form, XPOS) pair the reference treebank must have.</summary>
    public const int MinReferenceCount = 5;

    /// <summary>Occurrences of a (form, XPOS) pair the other treebank must have.</summary>
    public const int MinOtherCount = 3;

    private const string Absent = "";

    // (lower-case form, XPOS) → feature name → the reference value ("" = no such feature).
    private readonly FrozenDictionary<(string Form, string Xpos), ImmutableArray<(string Name, string Value)>> _rewrites;

    private FeatureConventions(FrozenDictionary<(string Form, string Xpos), ImmutableArray<(string Name, string Value)>> rewrites) => _rewrites = rewrites;

    /// <summary>Number of (form, XPOS, feature) rewrites.</summary>
    public int Count => _rewrites.Values.Sum(r => r.Length);

    /// <summary>Learns where <paramref name="other"/> departs from the conventions of <paramref name="reference"/>.</summary>
    public static FeatureConventions Learn(Treebank reference, Treebank other)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);
        var referenceValues = Values(reference);
        var otherValues = Values(other);
        var rewrites = new Dictionary<(string, string), ImmutableArray<(string, string)>>();
        foreach (var (key, (count, features)) in otherValues)
        {
            if (count < MinOtherCount || !referenceValues.TryGetValue(key, out var theirs) || theirs.Count < MinReferenceCount)
            {
                continue;
            }

            var changes = features.Keys.Union(theirs.Features.Keys).Order(StringComparer.Ordinal)
                .Select(name => (Name: name, Mine: Majority(features, name, count), Reference: Majority(theirs.Features, name, theirs.Count)))
                .Where(f => f.Mine is not null && f.Reference is not null && f.Mine != f.Reference)
                .Select(f => (f.Name, f.Reference!))
                .ToImmutableArray();
            if (changes.Length > 0)
            {
                rewrites[key] = changes;
            }
        }

        return new FeatureConventions(rewrites.ToFrozenDictionary());
    }

    /// <summary>The differences as the tagger's output rewrites (to the reference treebank's values).</summary>
    public FeatureRewrites ToRewrites() => new(_rewrites);

    // For each (form, XPOS): its count and, per feature name, how often each value occurs (absence is counted later).
    private static Dictionary<(string, string), (int Count, Dictionary<string, Dictionary<string, int>> Features)> Values(Treebank treebank)
    {
        var result = new Dictionary<(string, string), (int Count, Dictionary<string, Dictionary<string, int>> Features)>();
        foreach (var s in treebank.Sentences)
        {
            for (int i = 0; i < s.Count; i++)
            {
                var key = (s.Forms[i].ToLowerInvariant(), s.Xpos[i]);
                if (!result.TryGetValue(key, out var entry))
                {
                    entry = (0, new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal));
                }

                if (s.Feats[i] != "_")
                {
                    foreach (var part in s.Feats[i].Split('|'))
                    {
                        var (name, value) = (part.Split('=')[0], part[(part.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                        if (!entry.Features.TryGetValue(name, out var values))
                        {
                            entry.Features[name] = values = new Dictionary<string, int>(StringComparer.Ordinal);
                        }

                        values[value] = values.GetValueOrDefault(value) + 1;
                    }
                }

                result[key] = (entry.Count + 1, entry.Features);
            }
        }

        return result;
    }

    // The value given in at least MinShare of the occurrences ("" when the feature is mostly absent), or null.
    private static string? Majority(Dictionary<string, Dictionary<string, int>> features, string name, int count)
    {
        var values = features.GetValueOrDefault(name) ?? [];
        int absent = count - values.Values.Sum();
        if (absent >= MinShare * count)
        {
            return Absent;
        }

        foreach (var (value, n) in values)
        {
            if (n >= MinShare * count)
            {
                return value;
            }
        }

        return null;
    }
}
