using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// A trained named-entity model: the BILOU tag set, the feature extractor with its lexicons, one weight vector
/// per feature (a weight per tag) and the tag-transition weights. <see cref="Predict"/> is pure and thread-safe.
/// </summary>
public sealed class EntityModel
{
    private readonly FrozenDictionary<string, float[]> _weights;
    private readonly float[] _transitions;

    /// <summary>Creates a model.</summary>
    /// <exception cref="ArgumentException">A weight vector or the transition matrix has the wrong size.</exception>
    public EntityModel(
        BilouScheme scheme,
        WordLexicon properNouns,
        WordLexicon gazetteer,
        bool useTags,
        IEnumerable<KeyValuePair<string, float[]>> weights,
        float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        Scheme = scheme;
        ProperNouns = properNouns;
        Gazetteer = gazetteer;
        UseTags = useTags;
        Features = new EntityFeatureExtractor(properNouns, gazetteer, useTags);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        if (_weights.Values.Any(w => w.Length != scheme.Count))
        {
            throw new ArgumentException($"every weight vector must have {scheme.Count} values", nameof(weights));
        }

        if (transitions.Length != (scheme.Count + 1) * scheme.Count)
        {
            throw new ArgumentException($"transitions must have {(scheme.Count + 1) * scheme.Count} values, found {transitions.Length}", nameof(transitions));
        }

        _transitions = (float[])transitions.Clone();
    }

    /// <summary>Tag set.</summary>
    public BilouScheme Scheme { get; }

    /// <summary>Proper-noun classes of words.</summary>
    public WordLexicon ProperNouns { get; }

    /// <summary>Entity-type classes of words.</summary>
    public WordLexicon Gazetteer { get; }

    /// <summary>True when the model was trained with UPOS features.</summary>
    public bool UseTags { get; }

    /// <summary>The feature extractor.</summary>
    public EntityFeatureExtractor Features { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Feature weights, sorted by feature (for saving).</summary>
    public IEnumerable<KeyValuePair<string, float[]>> Weights => _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Transition weights: (tags + 1) × tags, row 0 for the sentence start.</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The entity mentions of one sentence (token indexes relative to the sentence).</summary>
    public ImmutableArray<EntityMention> Predict(IReadOnlyList<string> forms, IReadOnlyList<string>? upos = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var features = Features.Extract(forms, upos);
        var emissions = Emissions(features);
        var tags = ViterbiDecoder.Decode(Scheme, emissions, _transitions, forms.Count);
        return Scheme.Decode(tags);
    }

    /// <summary>n × tags emission scores for extracted features.</summary>
    public float[] Emissions(string[][] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        int t = Scheme.Count;
        var scores = new float[features.Length * t];
        for (int i = 0; i < features.Length; i++)
        {
            var row = scores.AsSpan(i * t, t);
            foreach (var f in features[i])
            {
                if (_weights.TryGetValue(f, out var w))
                {
                    for (int y = 0; y < t; y++)
                    {
                        row[y] += w[y];
                    }
                }
            }
        }

        return scores;
    }
}
