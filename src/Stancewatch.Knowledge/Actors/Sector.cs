namespace Stancewatch.Knowledge.Actors;

/// <summary>The part of a country's polity an actor speaks for (CAMEO/PLOVER sector codes).</summary>
public enum Sector
{
    /// <summary>Executive government and its officials.</summary>
    GOV,

    /// <summary>Armed forces and defence ministry.</summary>
    MIL,

    /// <summary>Legislature.</summary>
    LEG,

    /// <summary>Judiciary and prosecutors.</summary>
    JUD,

    /// <summary>Media (state media when the actor is a government voice).</summary>
    MED,

    /// <summary>Civilians, civil society, experts.</summary>
    CVL,

    /// <summary>Opposition.</summary>
    OPP,

    /// <summary>Business.</summary>
    BUS,

    /// <summary>An intergovernmental organisation.</summary>
    IGO,

    /// <summary>Police, security and law enforcement.</summary>
    COP,

    /// <summary>Former officials and other elites without an office.</summary>
    ELI,
}
