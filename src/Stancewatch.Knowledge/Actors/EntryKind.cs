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
    Seat,
    OrganisationName,
    OrganisationShort,
    PersonName,
    PersonVariant,
    Surname,
    Medium,
    Body,
}
