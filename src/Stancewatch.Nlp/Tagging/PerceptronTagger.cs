using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// Assigns UPOS, XPOS and morphological features in one decision per word: each class is a composite
/// "UPOS XPOS FEATS" seen in training. Greedy left to right with an averaged perceptron
/// (<see cref="TaggerFeatures"/>) and a tag dictionary that limits frequent words to the classes they were seen with.
/// The FEATS of the words in <see cref="Rewrites"/> are then brought to one treebank's conventions.
/// Immutable and safe to share across threads.
/// </summary>
public sealed class PerceptronTagger : IAnnotator
{
    /// <summary>Component kind written in the model card.</summary>
    public const string Kind = "PerceptronTagger";

    /// <summary>Version of the weights layout.</summary>
    public const int FormatVersion = 4;

    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly string[] _feats;
    private readonly ulong[] _xposHash;
    private readonly FrozenDictionary<string, FrozenDictionary<int, string>> _rewritten;
    private readonly FrozenDictionary<string, FrozenDictionary<int, string>>.AlternateLookup<ReadOnlySpan<char>> _rewrittenOfSpan;

    /// <summary>Creates a tagger from its parts.</summary>
    /// <exception cref="ArgumentException">A label is not "UPOS XPOS FEATS", or the counts differ.</exception>
    public PerceptronTagger(ImmutableArray<string> labels, PerceptronModel model, TagDictionary dictionary, FeatureRewrites? rewrites = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dictionary);
        if (labels.Length != model.ClassCount)
        {
            throw new ArgumentException($"{labels.Length} labels for {model.ClassCount} classes", nameof(labels));
        }

        Labels = labels;
        Model = model;
        Dictionary = dictionary;
        _upos = new string[labels.Length];
        _xpos = new string[labels.Length];
        _feats = new string[labels.Length];
        for (int c = 0; c < labels.Length; c++)
        {
            (_upos[c], _xpos[c], _feats[c]) = SplitLabel(labels[c]);
        }

        _xposHash = XposHashes(labels);
        Rewrites = rewrites ?? FeatureRewrites.None;
        _rewritten = Rewrites.Bind([.. Enumerable.Range(0, labels.Length).Select(c => (_upos[c], _xpos[c], _feats[c]))]);
        _rewrittenOfSpan = _rewritten.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => "tagger";

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;

    public AnnotationLayers Produces => AnnotationLayers.Tags;

    /// <summary>Composite class labels in id order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>The perceptron weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>Allowed classes of frequent words.</summary>
    public TagDictionary Dictionary { get; }

    /// <summary>Feature conventions applied to the tagger's output.</summary>
    public FeatureRewrites Rewrites { get; }

    /// <summary>The same tagger writing its FEATS with <paramref name="rewrites"/>.</summary>
    public PerceptronTagger WithRewrites(FeatureRewrites rewrites) => new(Labels, Model, Dictionary, rewrites);

    /// <summary>The FEATS the tagger writes for <paramref name="form"/> tagged with class <paramref name="classId"/>.</summary>
    public string FeatsOf(string form, int classId)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (_rewritten.Count == 0 || form.Length > 64)
        {
            return _feats[classId];
        }

        Span<char> lower = stackalloc char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        return _rewrittenOfSpan.TryGetValue(lower, out var byClass) && byClass.TryGetValue(classId, out var feats) ? feats : _feats[classId];
    }

    /// <summary>Joins the three tag columns into a class label.</summary>
    public static string JoinLabel(string upos, string xpos, string feats) => upos + " " + xpos + " " + feats;

    /// <summary>Splits a class label into UPOS, XPOS and FEATS.</summary>
    /// <exception cref="ArgumentException">The label does not have three parts.</exception>
    public static (string Upos, string Xpos, string Feats) SplitLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var parts = label.Split(' ');
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : throw new ArgumentException($"tag class '{label}' is not 'UPOS XPOS FEATS'", nameof(label));
    }

    /// <summary>XPOS hash of each class, the tag-history feature value.</summary>
    public static ulong[] XposHashes(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return [.. labels.Select(l => FeatureHash.Of(SplitLabel(l).Xpos))];
    }

    /// <summary>Class ids for the words of one sentence.</summary>
    public int[] Predict(IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var sentence = TaggerSentence.Of(forms, Dictionary);
        var classes = new int[forms.Count];
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = Model.ClassCount <= 2048 ? stackalloc float[Model.ClassCount] : new float[Model.ClassCount];
        for (int i = 0; i < classes.Length; i++)
        {
            var allowed = Dictionary.Allowed(forms[i]);
            if (allowed.Length == 1)
            {
                classes[i] = allowed[0];
                continue;
            }

            int n = TaggerFeatures.Extract(sentence, i, i >= 1 ? classes[i - 1] : -1, i >= 2 ? classes[i - 2] : -1, _xposHash, features);
            Model.Score(features[..n], scores);
            classes[i] = TagDictionary.Best(scores, allowed);
        }

        return classes;
    }

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var upos = new string[document.TokenCount];
        var xpos = new string[document.TokenCount];
        var feats = new string[document.TokenCount];
        foreach (var sentence in document.Sentences())
        {
            var forms = new ArraySegment<string>(ImmutableCollectionsMarshal(document.Forms), sentence.FirstToken, sentence.TokenCount);
            var classes = Predict(forms);
            for (int k = 0; k < classes.Length; k++)
            {
                upos[sentence.FirstToken + k] = _upos[classes[k]];
                xpos[sentence.FirstToken + k] = _xpos[classes[k]];
                feats[sentence.FirstToken + k] = FeatsOf(forms[k], classes[k]);
            }
        }

        return document.WithTags([.. upos], [.. xpos], [.. feats]);
    }

    /// <summary>Saves the tagger into <paramref name="directory"/> with the given card (kind, version and labels are set here).</summary>
    public ModelCard Save(string directory, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return ModelDirectory.Save(directory, card with { Kind = Kind, FormatVersion = FormatVersion, Labels = Labels }, w =>
        {
            Dictionary.Write(w);
            Model.Write(w);
            Rewrites.Write(w);
        });
    }

    /// <summary>Loads a tagger saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt or of another kind or version.</exception>
    public static PerceptronTagger Load(string directory) =>
        ModelDirectory.Load(directory, Kind, FormatVersion, (r, card) =>
        {
            var dictionary = TagDictionary.Read(r, card.Labels.Length);
            var model = PerceptronModel.Read(r);
            return new PerceptronTagger(card.Labels, model, dictionary, FeatureRewrites.Read(r));
        }).Model;

    private static string[] ImmutableCollectionsMarshal(ImmutableArray<string> forms) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(forms)!;
}
