using System.Collections.Frozen;
using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Lemmatization;

/// <summary>
/// Lemmatizes tagged words: a word seen in training with its XPOS takes its most frequent lemma there (the
/// exception list); any other word takes the best-scoring applicable <see cref="EditRule"/> from an averaged
/// perceptron over its tags, suffixes and shape. Immutable and safe to share across threads.
/// </summary>
public sealed class EditRuleLemmatizer : IAnnotator
{
    /// <summary>Component kind written in the model card.</summary>
    public const string Kind = "EditRuleLemmatizer";

    /// <summary>Version of the weights layout.</summary>
    public const int FormatVersion = 1;

    private readonly EditRule[] _rules;
    private readonly FrozenDictionary<string, string> _lexicon;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconOfSpan;

    /// <summary>Creates a lemmatizer from rules (the class labels), weights and the exception list (key: form + tab + XPOS).</summary>
    public EditRuleLemmatizer(ImmutableArray<string> rules, PerceptronModel model, IEnumerable<KeyValuePair<string, string>> lexicon)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (rules.Length != model.ClassCount)
        {
            throw new ArgumentException($"{rules.Length} rules for {model.ClassCount} classes", nameof(rules));
        }

        Labels = rules;
        Model = model;
        _rules = [.. rules.Select(EditRule.Parse)];
        _lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
        _lexiconOfSpan = _lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => "lemmatizer";

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Tags;

    public AnnotationLayers Produces => AnnotationLayers.Lemmas;

    /// <summary>Edit rules in class order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Rule classifier weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>Number of exception-list entries.</summary>
    public int LexiconCount => _lexicon.Count;

    /// <summary>Key of the exception list.</summary>
    public static string LexiconKey(string form, string xpos) => form + "\t" + xpos;

    /// <summary>The lemma of one tagged word.</summary>
    public string Predict(string form, string upos, string xpos, string feats)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        if (TryLexicon(form, xpos, out var lemma))
        {
            return lemma;
        }

        return _rules[PredictRule(form, upos, xpos, feats)].Apply(form);
    }

    // Builds the key on the stack: no string per word.
    private bool TryLexicon(string form, string xpos, out string lemma)
    {
        int length = form.Length + 1 + xpos.Length;
        if (length > 256)
        {
            return _lexicon.TryGetValue(LexiconKey(form, xpos), out lemma!);
        }

        Span<char> key = stackalloc char[length];
        form.CopyTo(key);
        key[form.Length] = '\t';
        xpos.CopyTo(key[(form.Length + 1)..]);
        return _lexiconOfSpan.TryGetValue(key, out lemma!);
    }

    /// <summary>The class id of the best applicable rule, ignoring the exception list.</summary>
    public int PredictRule(string form, string upos, string xpos, string feats)
    {
        Span<ulong> features = stackalloc ulong[LemmatizerFeatures.MaxFeatures];
        Span<float> scores = _rules.Length <= 4096 ? stackalloc float[_rules.Length] : new float[_rules.Length];
        int n = LemmatizerFeatures.Extract(form, upos, xpos, feats, features);
        Model.Score(features[..n], scores);
        return Best(_rules, form, scores);
    }

    /// <summary>The highest-scoring rule that applies to <paramref name="form"/> (lowest id on ties).</summary>
    public static int Best(IReadOnlyList<EditRule> rules, string form, ReadOnlySpan<float> scores)
    {
        ArgumentNullException.ThrowIfNull(rules);
        int best = -1;
        for (int c = 0; c < rules.Count; c++)
        {
            if ((best < 0 || scores[c] > scores[best]) && rules[c].AppliesTo(form))
            {
                best = c;
            }
        }

        return best < 0 ? throw new InvalidOperationException($"no edit rule applies to '{form}'") : best;
    }

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lemmas = new string[document.TokenCount];
        for (int i = 0; i < lemmas.Length; i++)
        {
            lemmas[i] = Predict(document.Forms[i], document.Upos[i], document.Xpos[i], document.Feats[i]);
        }

        return document.WithLemmas([.. lemmas]);
    }

    /// <summary>Saves the lemmatizer into <paramref name="directory"/>.</summary>
    public ModelCard Save(string directory, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return ModelDirectory.Save(directory, card with { Kind = Kind, FormatVersion = FormatVersion, Labels = Labels }, w =>
        {
            w.Write(_lexicon.Count);
            foreach (var key in _lexicon.Keys.Order(StringComparer.Ordinal))
            {
                w.Write(key);
                w.Write(_lexicon[key]);
            }

            Model.Write(w);
        });
    }

    /// <summary>Loads a lemmatizer saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt or of another kind or version.</exception>
    public static EditRuleLemmatizer Load(string directory) =>
        ModelDirectory.Load(directory, Kind, FormatVersion, (r, card) =>
        {
            int count = r.ReadInt32();
            var lexicon = new List<KeyValuePair<string, string>>(count);
            for (int i = 0; i < count; i++)
            {
                lexicon.Add(new(r.ReadString(), r.ReadString()));
            }

            return new EditRuleLemmatizer(card.Labels, PerceptronModel.Read(r), lexicon);
        }).Model;
}
