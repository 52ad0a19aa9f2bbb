namespace Stancewatch.Extraction;

/// <summary>PLOVER event types, plus STATEMENT for a reported utterance with no other event.</summary>
public enum PloverEvent
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    INVESTIGATE,
    REQUEST,
    DEMAND,
    ACCUSE,
    DISAPPROVE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
    CRIME,
    STATEMENT,
}
