using Stancewatch.Text.Duplicates;

namespace Stancewatch.Text.Tests.Duplicates;

public sealed class NearDuplicateDetectorTests
{
    private const string Story =
        "The foreign ministers of the five states met in the capital on Tuesday to discuss transit corridors, water sharing "
        + "and the effect of sanctions on regional trade. The host minister said the talks were frank and useful, and that "
        + "the group would meet again before the end of the year. Officials agreed to set up a working group on customs "
        + "procedures and to exchange data on cargo volumes every quarter. Several delegations raised the cost of "
        + "insurance for shipments crossing the region, and one minister proposed a joint fund for road repairs.";

    private readonly NearDuplicateDetector detector = new();

    [Fact]
    public void SameText_HasSimilarityOne()
    {
        Assert.Equal(1.0, detector.Sign(Story).Similarity(detector.Sign(Story)));
    }

    [Fact]
    public void SyndicatedCopyWithSmallEdits_IsANearDuplicate()
    {
        string edited = "ALMATY (Wire) — " + Story.Replace("Tuesday", "Tuesday, 1 March,", StringComparison.Ordinal)
            .Replace("frank and useful", "frank and constructive", StringComparison.Ordinal) + " Reporting by a correspondent.";
        MinHashSignature a = detector.Sign(Story), b = detector.Sign(edited);
        Assert.True(detector.AreNearDuplicates(a, b), $"similarity {a.Similarity(b)}");
        Assert.NotEmpty(detector.BandKeys(a).Intersect(detector.BandKeys(b)));
    }

    [Fact]
    public void IndependentReportOfTheSameEvent_IsNotANearDuplicate()
    {
        const string other = "Ministers from across the region gathered for a meeting about trade routes and shared rivers. "
            + "According to the host, discussions went well. A new committee will look at border paperwork, and statistics "
            + "on freight will be shared regularly. Insurance costs for goods in transit worried some participants; a road fund was suggested.";
        MinHashSignature a = detector.Sign(Story), b = detector.Sign(other);
        Assert.False(detector.AreNearDuplicates(a, b), $"similarity {a.Similarity(b)}");
        Assert.True(a.Similarity(b) < 0.2);
    }

    [Fact]
    public void ShortTexts_AreNeverCompared()
    {
        MinHashSignature s = detector.Sign("Too short to compare.");
        Assert.True(s.IsEmpty);
        Assert.Empty(detector.BandKeys(s));
        Assert.Equal(0, s.Similarity(s));
    }

    [Fact]
    public void Signature_RoundTripsThroughBytes_AndIsStable()
    {
        MinHashSignature s = detector.Sign(Story);
        Assert.Equal(s.Values, MinHashSignature.FromBytes(s.ToBytes()).Values);
        Assert.Equal(s.Values, new NearDuplicateDetector().Sign(Story).Values);
        Assert.Equal(NearDuplicateDetector.Bands, detector.BandKeys(s).Length);
    }
}
