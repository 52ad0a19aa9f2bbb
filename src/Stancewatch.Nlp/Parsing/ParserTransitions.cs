using System.Collections.Immutable;

namespace Stancewatch.Nlp.Parsing;

/// <summary>
/// The classes of <see cref="ArcHybridParser"/>: class 0 is SHIFT, 1..L are LEFT with label l, L+1..2L RIGHT with
/// label l, where labels are the dependency relations in ordinal order. The relation "root" is only legal for the
/// LEFT move onto the artificial root.
/// </summary>
public sealed class ParserTransitions
{
    /// <summary>Root relation name.</summary>
    public const string RootLabel = "root";

    /// <summary>Creates the transition set over <paramref name="labels"/>, which must include "root".</summary>
    /// <exception cref="ArgumentException">"root" is missing.</exception>
    public ParserTransitions(ImmutableArray<string> labels)
    {
        Labels = labels;
        RootId = labels.IndexOf(RootLabel);
        if (RootId < 0)
        {
            throw new ArgumentException("the relations do not include 'root'", nameof(labels));
        }
    }

    /// <summary>Relation labels in id order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Id of "root".</summary>
    public int RootId { get; }

    /// <summary>Number of classes.</summary>
    public int Count => 1 + (2 * Labels.Length);

    /// <summary>Class names in id order (S, L-label, R-label), as stored in the model card.</summary>
    public ImmutableArray<string> Names => [.. Enumerable.Range(0, Count).Select(Name)];

    /// <summary>Name of one class.</summary>
    public string Name(int cls) => cls == 0 ? "S" : cls <= Labels.Length ? "L-" + Labels[cls - 1] : "R-" + Labels[cls - 1 - Labels.Length];

    /// <summary>Relation names parsed back from class names.</summary>
    /// <exception cref="ArgumentException">The names are not a transition set.</exception>
    public static ParserTransitions FromNames(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count < 3 || names.Count % 2 == 0 || names[0] != "S")
        {
            throw new ArgumentException("transition names must be S, L-*, R-*");
        }

        int l = (names.Count - 1) / 2;
        var labels = names.Skip(1).Take(l).Select(n => n.StartsWith("L-", StringComparison.Ordinal) ? n[2..] : throw new ArgumentException($"'{n}' is not L-label")).ToImmutableArray();
        var t = new ParserTransitions(labels);
        if (!t.Names.SequenceEqual(names))
        {
            throw new ArgumentException("transition names are not in the expected order");
        }

        return t;
    }

    /// <summary>Class of LEFT with <paramref name="label"/>.</summary>
    public int LeftClass(int label) => 1 + label;

    /// <summary>Class of RIGHT with <paramref name="label"/>.</summary>
    public int RightClass(int label) => 1 + Labels.Length + label;

    /// <summary>True when class <paramref name="cls"/> can apply to <paramref name="state"/>.</summary>
    public bool IsLegal(ArcHybridState state, int cls)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (cls == 0)
        {
            return state.CanShift;
        }

        if (cls <= Labels.Length)
        {
            bool ontoRoot = state.Buffer == state.Length;
            return state.CanLeft && ((cls - 1 == RootId) == ontoRoot);
        }

        return state.CanRight && cls - 1 - Labels.Length != RootId;
    }

    /// <summary>Applies class <paramref name="cls"/> (assumed legal).</summary>
    public void Apply(ArcHybridState state, int cls)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (cls == 0)
        {
            state.Shift();
        }
        else if (cls <= Labels.Length)
        {
            state.Left(cls - 1);
        }
        else
        {
            state.Right(cls - 1 - Labels.Length);
        }
    }

    /// <summary>
    /// The class when only one is legal (SHIFT onto an empty stack, or the last word onto the root), else -1:
    /// such configurations need no features and no scores.
    /// </summary>
    public int OnlyLegal(ArcHybridState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.CanRight && !state.CanLeft)
        {
            return 0;
        }

        return !state.CanShift && !state.CanRight ? LeftClass(RootId) : -1;
    }

    /// <summary>The legal class with the highest score (lowest id on ties).</summary>
    public int BestLegal(ArcHybridState state, ReadOnlySpan<float> scores)
    {
        ArgumentNullException.ThrowIfNull(state);
        int best = state.CanShift ? 0 : -1;
        int l = Labels.Length;
        if (state.CanLeft)
        {
            if (state.Buffer == state.Length)
            {
                best = Better(best, 1 + RootId, scores);
            }
            else
            {
                for (int c = 1; c <= l; c++)
                {
                    if (c - 1 != RootId)
                    {
                        best = Better(best, c, scores);
                    }
                }
            }
        }

        if (state.CanRight)
        {
            for (int c = l + 1; c <= 2 * l; c++)
            {
                if (c - 1 - l != RootId)
                {
                    best = Better(best, c, scores);
                }
            }
        }

        return best;
    }

    private static int Better(int best, int candidate, ReadOnlySpan<float> scores) =>
        best < 0 || scores[candidate] > scores[best] ? candidate : best;
}
