namespace Stancewatch.Extraction.Lexicons;

/// <summary>What a cue word does to the events and statements around it (see data/lexicons/cues.tsv).</summary>
public enum CueCategory
{
    Negation,
    NegDet,
    Without,
    Future,
    Modal,
    Conditional,
    Intention,
    Demand,
    Refusal,
    Denial,
    Uncertainty,
    Light,

    /// <summary>A reporting verb that performs what it announces ("announced the launch of").</summary>
    Performative,

    /// <summary>A noun for civilians, whose country is where they act.</summary>
    Civilian,
}
