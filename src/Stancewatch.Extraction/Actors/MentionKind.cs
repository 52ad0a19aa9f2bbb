namespace Stancewatch.Extraction.Actors;

/// <summary>How a mention names its actor.</summary>
public enum MentionKind
{
    /// <summary>A country, organisation or body by name ("Kazakhstan", "the CSTO").</summary>
    Name,

    /// <summary>A person by name ("Sadyr Japarov", "Zhaparov").</summary>
    Person,

    /// <summary>A role phrase resolved at the document's date ("the Kyrgyz president").</summary>
    Role,

    /// <summary>A capital or seat of government standing for the government ("Moscow", "the Kremlin").</summary>
    Metonym,

    /// <summary>An adjective or demonym heading a phrase ("Russian", "the Kazakh side").</summary>
    Adjective,

    /// <summary>A group expanded to its members ("the five Central Asian states", "both countries").</summary>
    Group,

    /// <summary>A pronoun or "the former/the latter" resolved to an earlier mention.</summary>
    Coreference,

    /// <summary>A place that is only a location ("in Moscow"): not the government acting.</summary>
    Location,
}
