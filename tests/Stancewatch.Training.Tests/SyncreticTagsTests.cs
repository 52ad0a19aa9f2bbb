namespace Stancewatch.Training.Tests;

public sealed class SyncreticTagsTests
{
    private static readonly string[] Labels =
    [
        "VERB VBD Mood=Ind|Tense=Past|VerbForm=Fin", // 0
        "VERB VBN Tense=Past|VerbForm=Part",         // 1
        "VERB VBN Tense=Past|VerbForm=Part|Voice=Pass", // 2
        "AUX VBD Mood=Ind|Tense=Past|VerbForm=Fin",  // 3
        "AUX VBN Tense=Past|VerbForm=Part",          // 4
        "NOUN NNS Number=Plur",                      // 5
        "VERB VBZ Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", // 6
        "VERB VB VerbForm=Inf",                      // 7
        "VERB VBP Mood=Ind|Tense=Pres|VerbForm=Fin", // 8
        "ADJ JJ Degree=Pos",                         // 9
    ];

    private static readonly int[] Frequency = [50, 10, 30, 90, 40, 60, 20, 70, 25, 80];

    private static readonly SyncreticTags Tags = new(Labels, Frequency);

    [Theory]
    [InlineData(0, 2)] // past tense -> the more frequent participle class
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(7, 8)] // infinitive -> present
    [InlineData(8, 7)]
    [InlineData(5, 6)] // plural noun -> third-person verb
    [InlineData(6, 5)]
    public void PartnerOf_PairsInflectedFormsThatAreSpelledAlike(int classId, int partner) =>
        Assert.Equal(partner, Tags.PartnerOf(classId));

    [Theory]
    [InlineData(3)] // auxiliaries are not paired
    [InlineData(4)]
    [InlineData(9)] // nor are tags outside the pairs
    public void PartnerOf_LeavesOtherClassesAlone(int classId) => Assert.Equal(-1, Tags.PartnerOf(classId));

    [Fact]
    public void Open_AddsPartnersOnceAndSorts()
    {
        Assert.Equal(new ushort[] { 0, 2, 9 }, Tags.Open([9, 2]));
        Assert.Equal(new ushort[] { 0, 1, 2 }, Tags.Open([1, 2]));
        Assert.Equal(new ushort[] { 3 }, Tags.Open([3]));
    }

    [Fact]
    public void Constructor_RejectsFrequenciesOfAnotherLength() =>
        Assert.Throws<ArgumentException>(() => new SyncreticTags(Labels, [1, 2]));
}
