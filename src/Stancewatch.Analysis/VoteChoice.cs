namespace Stancewatch.Analysis;

/// <summary>How a member voted; ABSTAIN_OR_ABSENT when the text does not tell the two apart.</summary>
public enum VoteChoice
{
    YES,
    NO,
    ABSTAIN,
    ABSENT,
    ABSTAIN_OR_ABSENT,
}
