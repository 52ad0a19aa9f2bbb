using System.Collections.Immutable;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Scores of an event coder against a gold standard. Type precision/recall/F1 compare the coder's main event of each
/// sentence (the one whose trigger is highest in the parse) with the gold event; source and target accuracy are
/// over the sentences whose type is right; full match needs type, a gold source and (where the gold has one) a gold
/// target. For PETRARCH records <see cref="RootAccuracy"/> is the share of gold codings with an event of the same
/// CAMEO root and the same source and target countries.
/// </summary>
public sealed record EventEvaluation
{
    public required string Gold { get; init; }
    public required int Sentences { get; init; }
    public required int GoldEvents { get; init; }
    public required int Predicted { get; init; }
    public required int TypeCorrect { get; init; }
    public double TypePrecision => Predicted == 0 ? 0 : (double)TypeCorrect / Predicted;
    public double TypeRecall => GoldEvents == 0 ? 0 : (double)TypeCorrect / GoldEvents;
    public double TypeF1 => F1(TypePrecision, TypeRecall);

    /// <summary>Gold events whose type appears among any of the sentence's events (not only the main one).</summary>
    public required int TypeAnywhere { get; init; }

    public required int SourceCorrect { get; init; }
    public required int TargetCorrect { get; init; }
    public required int TargetScored { get; init; }
    public double SourceAccuracy => TypeCorrect == 0 ? 0 : (double)SourceCorrect / TypeCorrect;
    public double TargetAccuracy => TargetScored == 0 ? 0 : (double)TargetCorrect / TargetScored;

    public required int FullCorrect { get; init; }
    public double FullPrecision => Predicted == 0 ? 0 : (double)FullCorrect / Predicted;
    public double FullRecall => GoldEvents == 0 ? 0 : (double)FullCorrect / GoldEvents;
    public double FullF1 => F1(FullPrecision, FullRecall);

    /// <summary>PETRARCH: gold codings matched with the same CAMEO root, source and target (null for PLOVER gold).</summary>
    public int? RootCorrect { get; init; }

    public double? RootAccuracy => RootCorrect is int r && GoldEvents > 0 ? (double)r / GoldEvents : null;

    /// <summary>PETRARCH: gold codings matched by PLOVER type (through the CAMEO→PLOVER table), source and target.</summary>
    public int? PloverCorrect { get; init; }

    /// <summary>PETRARCH: sentences the gold marks as having no event, and how many of them the coder left empty.</summary>
    public int? NoEventSentences { get; init; }

    public int? NoEventCorrect { get; init; }

    /// <summary>Gold label → predicted label (NONE where nothing was coded) → count.</summary>
    public required ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, int>> Confusion { get; init; }

    /// <summary>One line per sentence for inspection: id, gold, predicted, match.</summary>
    public required ImmutableArray<string> Details { get; init; }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
