namespace Stancewatch.Extraction.Lexicons;

/// <summary>How a pattern treats its arguments and its complement clause.</summary>
[Flags]
public enum EventPatternFlags
{
    None = 0,

    /// <summary>A joint act: "A and B met" is one event between A and B.</summary>
    Mutual = 1,

    /// <summary>The complement did not happen and the pattern is itself a rejection ("refused to send").</summary>
    Refusal = 2,

    /// <summary>The complement is only intended ("promised to withdraw").</summary>
    Intention = 4,

    /// <summary>The complement is only demanded ("urged Russia to withdraw").</summary>
    Demand = 8,

    /// <summary>
    /// A judgement in a predicate ("the operation was a violation of the Charter"): the speaker of the statement
    /// that holds it passes it on whoever did what the subject names.
    /// </summary>
    Evaluative = 16,

    /// <summary>The subject receives the act: the party after "from" is the source ("received assurances from the EU").</summary>
    Converse = 32,

    /// <summary>
    /// A wish for another's act, so an appeal only with an addressee and its act: "wants Putin to attack", not "wants
    /// to attack" (an intention) or "wants peace".
    /// </summary>
    Wish = 64,

    /// <summary>
    /// Coded only when the complement clause names a legal penalty (cue category <c>penalty</c>): "informed its
    /// citizens that they face imprisonment" threatens them; "informed Xi about the talks" does not.
    /// </summary>
    Penalty = 128,
}
