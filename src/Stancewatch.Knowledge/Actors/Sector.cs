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

    /// <summary>Rebels, insurgents, separatists and guerrillas (CAMEO REB).</summary>
    REB,

    /// <summary>Unaligned armed groups: militants, militias, terrorists (CAMEO UAF).</summary>
    UAF,

    /// <summary>Criminals (CAMEO CRM).</summary>
    CRM,

    /// <summary>Health workers (CAMEO HLH).</summary>
    HLH,

    /// <summary>Education: teachers, students, universities (CAMEO EDU).</summary>
    EDU,

    /// <summary>Labour: unions and workers' organisations (CAMEO LAB).</summary>
    LAB,

    /// <summary>Religious actors (CAMEO REL).</summary>
    REL,

    /// <summary>Refugees and displaced people (CAMEO REF).</summary>
    REF,

    /// <summary>Non-governmental organisations (CAMEO NGO).</summary>
    NGO,

    /// <summary>Human-rights organisations (CAMEO HRI).</summary>
    HRI,

    /// <summary>Intelligence services (CAMEO SPY).</summary>
    SPY,
}
