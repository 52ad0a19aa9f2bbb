namespace Stancewatch.Knowledge.Actors;

/// <summary>What a name in the registry's lexicon stands for.</summary>
public enum EntryKind
{
    CountryName,
    CountryShort,
    FormerName,
    Adjective,
    Demonym,
    Capital,

    /// <summary>A city that is no seat of government: only ever a place ("in Almaty").</summary>
    City,
    Seat,
    OrganisationName,
    OrganisationShort,
    PersonName,
    PersonVariant,
    Surname,
    Medium,
    Body,
}
