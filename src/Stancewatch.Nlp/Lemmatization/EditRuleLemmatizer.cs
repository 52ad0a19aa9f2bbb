using System.Collections.Immutable;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Lemmatization;

/// <summary>
/// Lemmatizes tagged words: a word seen in training with its XPOS takes its most frequent lemma there (the
/// exception list); a number loses its thousands separators; a word that training always lemmatized the same way
/// keeps that lemma under any tag; any other word takes the best-scoring applicable <see cref="EditRule"/> from an
/// averaged perceptron over its tags, suffixes and shape, preferring among the best few suffix rules one that makes
/// a known lemma. Immutable and safe to share across threads.
/// </summary>
public sealed class EditRuleLemmatizer : IAnnotator
{
    /// <summary>Component kind written in the model card.</summary>
    public const string Kind = "EditRuleLemmatizer";

    /// <summary>Version of the weights layout.</summary>
    public const int FormatVersion = 2;

    /// <summary>How many of the best-scoring rules may be passed over for one that makes a known lemma.</summary>
    public const int KnownLemmaCandidates = 3;

    private const int MaxCandidateStrip = 3;
    private const int MinCandidateStem = 3;

    private readonly EditRule[] _rules;

    /// <summary>Creates a lemmatizer from rules (the class labels), weights and the lexicon.</summary>
    public EditRuleLemmatizer(ImmutableArray<string> rules, PerceptronModel model, LemmaLexicon lexicon)
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
        Lexicon = lexicon;
    }

    public string Name => "lemmatizer";

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Tags;

    public AnnotationLayers Produces => AnnotationLayers.Lemmas;

    /// <summary>Edit rules in class order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Rule classifier weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>The exception list, the forms with one lemma and the known lemmas.</summary>
    public LemmaLexicon Lexicon { get; }

    /// <summary>The lemma of one tagged word.</summary>
    public string Predict(string form, string upos, string xpos, string feats)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        if (Lexicon.TryTagged(form, xpos, out var lemma)
            || (xpos == "CD" && NumberLemma.TryDropSeparators(form, out lemma))
            || Lexicon.TryForm(form, out lemma))
        {
            return lemma;
        }

        return PredictWithRules(form, upos, xpos, feats);
    }

    /// <summary>The lemma the edit rules give, ignoring the exception lists.</summary>
    public string PredictWithRules(string form, string upos, string xpos, string feats)
    {
        Span<float> scores = _rules.Length <= 4096 ? stackalloc float[_rules.Length] : new float[_rules.Length];
        int best = Score(form, upos, xpos, feats, scores);
        string lemma = _rules[best].Apply(form);
        // A word kept as it is (mostly a name) needs no known lemma.
        if (Lexicon.IsLemma(lemma) || (_rules[best].Strip == 0 && _rules[best].Append.Length == 0))
        {
            return lemma;
        }

        // A suffix rule just behind the best that makes a known word is usually right: "provoked" → "provoke", not
        // "provok". Rules that rewrite most of the word ("was" → "be") or change its case are not candidates.
        for (int c = 0; c < _rules.Length; c++)
        {
            var rule = _rules[c];
            if (rule.Lower != _rules[best].Lower || rule.Strip > MaxCandidateStrip || form.Length - rule.Strip < MinCandidateStem)
            {
                scores[c] = float.NegativeInfinity;
            }
        }

        scores[best] = float.NegativeInfinity;
        for (int k = 1; k < KnownLemmaCandidates; k++)
        {
            int next = Best(_rules, form, scores, allowNone: true);
            if (next < 0)
            {
                break;
            }

            string candidate = _rules[next].Apply(form);
            if (Lexicon.IsLemma(candidate))
            {
                return candidate;
            }

            scores[next] = float.NegativeInfinity;
        }

        return lemma;
    }

    /// <summary>The class id of the best applicable rule, ignoring the exception list and the known lemmas.</summary>
    public int PredictRule(string form, string upos, string xpos, string feats)
    {
        Span<float> scores = _rules.Length <= 4096 ? stackalloc float[_rules.Length] : new float[_rules.Length];
        return Score(form, upos, xpos, feats, scores);
    }

    private int Score(string form, string upos, string xpos, string feats, Span<float> scores)
    {
        Span<ulong> features = stackalloc ulong[LemmatizerFeatures.MaxFeatures];
        int n = LemmatizerFeatures.Extract(form, upos, xpos, feats, features);
        Model.Score(features[..n], scores);
        return Best(_rules, form, scores);
    }

    /// <summary>The highest-scoring rule that applies to <paramref name="form"/> (lowest id on ties).</summary>
    public static int Best(IReadOnlyList<EditRule> rules, string form, ReadOnlySpan<float> scores, bool allowNone = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        int best = -1;
        for (int c = 0; c < rules.Count; c++)
        {
            if ((best < 0 || scores[c] > scores[best]) && !float.IsNegativeInfinity(scores[c]) && rules[c].AppliesTo(form))
            {
                best = c;
            }
        }

        return best < 0 && !allowNone ? throw new InvalidOperationException($"no edit rule applies to '{form}'") : best;
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
            WritePairs(w, Lexicon.TaggedCount, Lexicon.Tagged);
            WritePairs(w, Lexicon.FormCount, Lexicon.Forms);
            w.Write(Lexicon.LemmaCount);
            foreach (var lemma in Lexicon.Lemmas)
            {
                w.Write(lemma);
            }

            Model.Write(w);
        });
    }

    /// <summary>Loads a lemmatizer saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt or of another kind or version.</exception>
    public static EditRuleLemmatizer Load(string directory) =>
        ModelDirectory.Load(directory, Kind, FormatVersion, (r, card) =>
        {
            var tagged = ReadPairs(r);
            var forms = ReadPairs(r);
            var lemmas = new string[r.ReadInt32()];
            for (int i = 0; i < lemmas.Length; i++)
            {
                lemmas[i] = r.ReadString();
            }

            return new EditRuleLemmatizer(card.Labels, PerceptronModel.Read(r), new LemmaLexicon(tagged, forms, lemmas));
        }).Model;

    private static void WritePairs(BinaryWriter w, int count, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        w.Write(count);
        foreach (var (key, value) in pairs)
        {
            w.Write(key);
            w.Write(value);
        }
    }

    private static List<KeyValuePair<string, string>> ReadPairs(BinaryReader r)
    {
        int count = r.ReadInt32();
        var pairs = new List<KeyValuePair<string, string>>(count);
        for (int i = 0; i < count; i++)
        {
            pairs.Add(new(r.ReadString(), r.ReadString()));
        }

        return pairs;
    }
}
