using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// Labelled dependency parser: greedy arc-hybrid transitions (<see cref="ArcHybridState"/>) chosen by an averaged
/// perceptron over <see cref="ParserFeatures"/>, with the relation predicted jointly with the move. Produces
/// projective trees with one root per sentence. Immutable and safe to share across threads.
/// </summary>
public sealed class ArcHybridParser : IAnnotator
{
    /// <summary>Component kind written in the model card.</summary>
    public const string Kind = "ArcHybridParser";

    /// <summary>Version of the weights layout.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a parser from its transitions and weights.</summary>
    /// <exception cref="ArgumentException">The weights have another number of classes.</exception>
    public ArcHybridParser(ParserTransitions transitions, PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(model);
        if (transitions.Count != model.ClassCount)
        {
            throw new ArgumentException($"{transitions.Count} transitions for {model.ClassCount} classes", nameof(model));
        }

        Transitions = transitions;
        Model = model;
    }

    public string Name => "parser";

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Tags;

    public AnnotationLayers Produces => AnnotationLayers.Dependencies;

    /// <summary>The transition classes and relation labels.</summary>
    public ParserTransitions Transitions { get; }

    /// <summary>Weights.</summary>
    public PerceptronModel Model { get; }

    /// <summary>Parses one sentence: heads are indexes within the sentence (-1 for the root) and relation names.</summary>
    public (int[] Heads, string[] Deprels) Predict(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(forms);
        int n = forms.Count;
        var (w, t, u) = ParserFeatures.Hash(forms, xpos, upos);
        var state = new ArcHybridState(n);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<float> scores = Model.ClassCount <= 1024 ? stackalloc float[Model.ClassCount] : new float[Model.ClassCount];
        while (!state.IsTerminal)
        {
            int move = Transitions.OnlyLegal(state);
            if (move < 0)
            {
                int k = ParserFeatures.Extract(state, w, t, u, features);
                Model.Score(features[..k], scores);
                move = Transitions.BestLegal(state, scores);
            }

            Transitions.Apply(state, move);
        }

        var heads = new int[n];
        var deprels = new string[n];
        for (int i = 0; i < n; i++)
        {
            heads[i] = state.Heads[i] == n ? -1 : state.Heads[i];
            deprels[i] = Transitions.Labels[state.Labels[i]];
        }

        return (heads, deprels);
    }

    public AnnotatedDocument Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var heads = new int[document.TokenCount];
        var deprels = new string[document.TokenCount];
        var forms = ImmutableCollectionsMarshal.AsArray(document.Forms)!;
        var xpos = ImmutableCollectionsMarshal.AsArray(document.Xpos)!;
        var upos = ImmutableCollectionsMarshal.AsArray(document.Upos)!;
        foreach (var sentence in document.Sentences())
        {
            int first = sentence.FirstToken, count = sentence.TokenCount;
            var (h, d) = Predict(new ArraySegment<string>(forms, first, count), new ArraySegment<string>(xpos, first, count), new ArraySegment<string>(upos, first, count));
            for (int i = 0; i < count; i++)
            {
                heads[first + i] = h[i] < 0 ? -1 : first + h[i];
                deprels[first + i] = d[i];
            }
        }

        return document.WithDependencies([.. heads], [.. deprels]);
    }

    /// <summary>Saves the parser into <paramref name="directory"/>.</summary>
    public ModelCard Save(string directory, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return ModelDirectory.Save(directory, card with { Kind = Kind, FormatVersion = FormatVersion, Labels = Transitions.Names }, Model.Write);
    }

    /// <summary>Loads a parser saved by <see cref="Save"/>.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt or of another kind or version.</exception>
    public static ArcHybridParser Load(string directory) =>
        ModelDirectory.Load(directory, Kind, FormatVersion, (r, card) =>
        {
            ParserTransitions transitions;
            try
            {
                transitions = ParserTransitions.FromNames(card.Labels);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException(e.Message, e);
            }

            return new ArcHybridParser(transitions, PerceptronModel.Read(r));
        }).Model;
}
