using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class BilouSchemeTests
{
    private static readonly BilouScheme Scheme = new(["LOC", "ORG", "PER"]);

    [Fact]
    public void EncodeDecode_RoundTrips()
    {
        EntityMention[] mentions = [new(0, 1, "PER"), new(2, 5, "ORG"), new(5, 7, "LOC")];
        var tags = Scheme.Encode(8, mentions);
        Assert.Equal(["U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "B-LOC", "L-LOC", "O"], tags.Select(t => Scheme.Tags[t]));
        Assert.Equal(mentions, Scheme.Decode(tags));
    }

    [Fact]
    public void Encode_SkipsOverlapsAndUnknownTypes()
    {
        var tags = Scheme.Encode(4, [new(0, 2, "PER"), new(1, 3, "LOC"), new(3, 4, "MISC")]);
        Assert.Equal([new EntityMention(0, 2, "PER")], Scheme.Decode(tags));
    }

    [Theory]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("B-PER", "L-LOC", false)]
    [InlineData("B-PER", "O", false)]
    [InlineData("L-PER", "U-ORG", true)]
    [InlineData("U-PER", "B-PER", true)]
    public void CanFollow_AllowsOnlyWellFormedSequences(string previous, string tag, bool allowed) =>
        Assert.Equal(allowed, Scheme.CanFollow(Scheme.Tags.IndexOf(previous), Scheme.Tags.IndexOf(tag)));

    [Fact]
    public void Viterbi_NeverProducesAnUnclosedSpan()
    {
        // Emissions favour B-PER on the last token; the decoder must pick a tag that can end a sentence.
        int t = Scheme.Count;
        var emissions = new float[2 * t];
        emissions[Scheme.Tags.IndexOf("U-LOC")] = 1;
        emissions[t + Scheme.Tags.IndexOf("B-PER")] = 5;
        emissions[t + Scheme.Tags.IndexOf("U-PER")] = 1;
        var tags = ViterbiDecoder.Decode(Scheme, emissions, new float[(t + 1) * t], 2);
        Assert.Equal(["U-LOC", "U-PER"], tags.Select(x => Scheme.Tags[x]));
    }
}
