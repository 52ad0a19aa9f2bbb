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

    /// <summary>A verb that reports that an event noun happened ("talks took place", "the call was held").</summary>
    Occurrence,

    /// <summary>A preposition that sets a clause inside an event ("in a conversation with", "during talks").</summary>
    Setting,

    /// <summary>A noun for a country's people ("citizens", "migrants"): "its citizens" is the country itself.</summary>
    Population,

    /// <summary>A noun for a government ("the government in Tashkent", "the authorities").</summary>
    Authority,

    /// <summary>A word that opens a clause and can pass for a preposition ("after", "since", "before").</summary>
    Subordinator,

    /// <summary>A word that says the complement did not happen, short of refusing it ("wary of endorsing").</summary>
    Reluctance,

    /// <summary>A verb of decision whose negated complement is a refusal ("decided not to join").</summary>
    Decision,

    /// <summary>A word of obligation ("must", "should", "has to"): "X said Y must stop" is X's demand of Y.</summary>
    Obligation,

    /// <summary>A verb whose object is what its subject speaks or thinks about ("addressed the war"), not its act.</summary>
    Topic,

    /// <summary>A noun for a legal penalty ("imprisonment", "prosecution"): a warning that names one is a threat.</summary>
    Penalty,
}
