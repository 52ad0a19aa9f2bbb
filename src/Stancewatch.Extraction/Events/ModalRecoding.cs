using System.Collections.Immutable;
using Stancewatch.Extraction.Lexicons;

namespace Stancewatch.Extraction.Events;

/// <summary>
/// What an event's modality makes of it in CAMEO's terms: a refusal of cooperation or of sanctions ("does not impose
/// sanctions", "refused to join", "is not going to participate") is a REJECT; an intention to cooperate (but to
/// investigate, which CAMEO has no intent code for) is an AGREE, an intention to use force a THREATEN. The recoded
/// act itself has not happened, so the record is no longer negated or hypothetical.
/// </summary>
internal static class ModalRecoding
{
    private static readonly HashSet<PloverEvent> Cooperative =
    [
        PloverEvent.CONSULT, PloverEvent.SUPPORT, PloverEvent.COOPERATE, PloverEvent.AID, PloverEvent.CONCEDE,
        PloverEvent.RETREAT, PloverEvent.AGREE, PloverEvent.INVESTIGATE,
    ];

    private static readonly HashSet<PloverEvent> Forceful =
    [
        PloverEvent.SANCTION, PloverEvent.COERCE, PloverEvent.ASSAULT, PloverEvent.MOBILIZE,
    ];

    public readonly record struct Reading(PloverEvent Type, string? Cameo, bool Negated, bool Hypothetical, ImmutableArray<string> Context);

    /// <summary>Recodes an event of <paramref name="pattern"/> read with <paramref name="modality"/>; <paramref name="standing"/>: the act is in the present tense, so that its negation is a standing refusal.</summary>
    public static Reading Apply(EventPattern pattern, Modality modality, bool standing)
    {
        var context = pattern.Context is null ? ImmutableArray<string>.Empty : [.. pattern.Context.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        var reading = new Reading(pattern.Type, pattern.Cameo, modality.Negated, modality.Hypothetical, context);
        var type = pattern.Type;
        if (modality.Negated && !modality.Intent && CanBeRefused(type) && (modality.Refused || standing))
        {
            return reading with { Type = PloverEvent.REJECT, Cameo = "12", Negated = false, Context = context.Add("refusal") };
        }

        if (!modality.Intent || modality.Refused)
        {
            return reading;
        }

        if (modality.Negated && CanBeRefused(type))
        {
            return reading with { Type = PloverEvent.REJECT, Cameo = "12", Negated = false, Hypothetical = false, Context = context.Add("refusal") };
        }

        if (!modality.Negated && Cooperative.Contains(type) && type is not (PloverEvent.AGREE or PloverEvent.INVESTIGATE))
        {
            return reading with { Type = PloverEvent.AGREE, Cameo = "03", Hypothetical = false, Context = context.Add("intent") };
        }

        if (!modality.Negated && Forceful.Contains(type))
        {
            return reading with { Type = PloverEvent.THREATEN, Cameo = "13", Hypothetical = false, Context = context.Add("threat") };
        }

        return reading;
    }

    /// <summary>Acts whose negation is a refusal: cooperation, and joining sanctions.</summary>
    private static bool CanBeRefused(PloverEvent type) => Cooperative.Contains(type) || type == PloverEvent.SANCTION;
}
