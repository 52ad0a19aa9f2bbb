using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// A trained named-entity model: the BILOU tag set, the feature extractor with its lexicons (proper-noun classes,
/// entity-type classes, word clusters, known names), the averaged
/// perceptron weights of the token features (one class per tag) and the tag-transition weights.
/// <see cref="Predict"/> is pure and thread-safe.
/// </summary>
public sealed class EntityModel
{
    private readonly float[] _transitions;

    /// <summary>Creates a model.</summary>
    /// <exception cref="ArgumentException">The weights or the transition matrix do not fit the tag set.</exception>
    public EntityModel(
        BilouScheme scheme,
        WordLexicon properNouns,
        WordLexicon gazetteer,
        bool useTags,
        PerceptronModel weights,
        float[] transitions,
        WordLexicon? clusters = null,
        PhraseLexicon? names = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        Scheme = scheme;
        ProperNouns = properNouns;
        Gazetteer = gazetteer;
        UseTags = useTags;
        Clusters = clusters ?? WordLexicon.Empty;
        Names = names ?? PhraseLexicon.Empty;
        Features = new EntityFeatureExtractor(properNouns, gazetteer, useTags, Clusters, Names);
        if (weights.ClassCount != scheme.Count)
        {
            throw new ArgumentException($"weights have {weights.ClassCount} classes for {scheme.Count} tags", nameof(weights));
        }

        if (transitions.Length != (scheme.Count + 1) * scheme.Count)
        {
            throw new ArgumentException($"transitions must have {(scheme.Count + 1) * scheme.Count} values, found {transitions.Length}", nameof(transitions));
        }

        Weights = weights;
        _transitions = (float[])transitions.Clone();
    }

    /// <summary>Tag set.</summary>
    public BilouScheme Scheme { get; }

    /// <summary>Proper-noun classes of words.</summary>
    public WordLexicon ProperNouns { get; }

    /// <summary>Entity-type classes of words.</summary>
    public WordLexicon Gazetteer { get; }

    /// <summary>Word clusters learned from unlabelled text (empty when unused).</summary>
    public WordLexicon Clusters { get; }

    /// <summary>Known multi-word names (empty when unused).</summary>
    public PhraseLexicon Names { get; }

    /// <summary>True when the model was trained with UPOS features.</summary>
    public bool UseTags { get; }

    /// <summary>The feature extractor.</summary>
    public EntityFeatureExtractor Features { get; }

    /// <summary>Token-feature weights.</summary>
    public PerceptronModel Weights { get; }

    /// <summary>Transition weights: (tags + 1) × tags, row 0 for the sentence start.</summary>
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>The entity mentions of one sentence (token indexes relative to the sentence).</summary>
    public ImmutableArray<EntityMention> Predict(IReadOnlyList<string> forms, IReadOnlyList<string>? upos = null)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var features = Features.Extract(forms, upos);
        var emissions = Emissions(Weights, features, Scheme.Count);
        var tags = ViterbiDecoder.Decode(Scheme, emissions, _transitions, forms.Count);
        return Scheme.Decode(tags);
    }

    /// <summary>True when both models have the same tags, lexicons, weights and transitions.</summary>
    public bool ContentEquals(EntityModel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Scheme.Tags.SequenceEqual(other.Scheme.Tags, StringComparer.Ordinal)
            && UseTags == other.UseTags
            && ProperNouns.Entries.SequenceEqual(other.ProperNouns.Entries)
            && Gazetteer.Entries.SequenceEqual(other.Gazetteer.Entries)
            && Clusters.Entries.SequenceEqual(other.Clusters.Entries)
            && Names.Entries.SequenceEqual(other.Names.Entries)
            && Weights.ContentEquals(other.Weights)
            && Transitions.SequenceEqual(other.Transitions);
    }

    /// <summary>n × tags emission scores of hashed token features under <paramref name="weights"/>.</summary>
    public static float[] Emissions(PerceptronModel weights, ulong[][] features, int tags)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        var scores = new float[features.Length * tags];
        for (int i = 0; i < features.Length; i++)
        {
            weights.Score(features[i], scores.AsSpan(i * tags, tags));
        }

        return scores;
    }
}
