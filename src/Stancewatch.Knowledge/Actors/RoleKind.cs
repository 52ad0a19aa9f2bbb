namespace Stancewatch.Knowledge.Actors;

/// <summary>The kind of office a dated role is; role phrases in text resolve to one of these.</summary>
public enum RoleKind
{
    HeadOfState,
    HeadOfGovernment,
    VicePresident,
    DeputyHeadOfGovernment,
    ForeignMinister,
    DeputyForeignMinister,
    DefenceMinister,
    Minister,
    PressSecretary,
    ForeignMinistrySpokesperson,
    GovernmentSpokesperson,
    Spokesperson,
    UpperHouseChair,
    LowerHouseChair,
    UNAmbassador,
    SecretaryGeneral,
    SecurityCouncilChair,
    SecurityCouncilSecretary,
    SecurityCouncilDeputyChair,
    HeadOfAdministration,
    DeputyHeadOfAdministration,
    NationalLeader,
    PartyLeader,
    Monarch,
    OppositionLeader,
    CommissionPresident,
    CouncilPresident,
    HighRepresentative,
    ParliamentPresident,
    HighCommissioner,
    GeneralAssemblyPresident,

    /// <summary>A role imported from the Phoenix dictionaries, known only by its sector.</summary>
    Other,
}
