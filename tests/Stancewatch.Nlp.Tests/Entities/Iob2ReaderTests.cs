using Stancewatch.Nlp;
using Stancewatch.Training.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class Iob2ReaderTests
{
    private static List<NerSentence> Read(string text) => [.. Iob2Reader.Read(new StringReader(text.Replace("|", "\t", StringComparison.Ordinal)), "toy.iob2")];

    [Fact]
    public void Read_BuildsSpansFromBeginAndInsideTags()
    {
        var s = Read("""
            # sent_id = toy-0001
            1|Maria|B-PER|-
            2|Lopez|I-PER|-
            3|flew|O|-
            4|to|O|-
            5|New|B-LOC|-
            6|Haven|I-LOC|-

            """).Single();
        Assert.Equal(["Maria", "Lopez", "flew", "to", "New", "Haven"], s.Forms);
        Assert.Equal([new EntityMention(0, 2, "PER"), new EntityMention(4, 6, "LOC")], s.Entities);
        Assert.Equal("toy.iob2#toy-0001", s.Source);
    }

    [Fact]
    public void Read_AdjacentBeginTags_AreSeparateEntities()
    {
        var s = Read("1|Paris|B-LOC|-\n2|Rome|B-LOC|-\n").Single();
        Assert.Equal([new EntityMention(0, 1, "LOC"), new EntityMention(1, 2, "LOC")], s.Entities);
    }

    [Fact]
    public void Read_InsideTagAfterOutsideOrOtherType_StartsNewEntity()
    {
        var s = Read("1|the|O|-\n2|Acme|I-ORG|-\n3|Berlin|I-LOC|-\n").Single();
        Assert.Equal([new EntityMention(1, 2, "ORG"), new EntityMention(2, 3, "LOC")], s.Entities);
    }

    [Fact]
    public void Read_SeparatesSentencesAtBlankLines()
    {
        var s = Read("1|Hi|O|-\n\n1|Oslo|B-LOC|-\n\n\n");
        Assert.Equal(2, s.Count);
        Assert.Empty(s[0].Entities);
        Assert.Single(s[1].Entities);
    }

    [Fact]
    public void Read_MalformedLine_NamesInputAndLine()
    {
        var e = Assert.Throws<FormatException>(() => Read("1|Hi|O|-\n2|there\n"));
        Assert.StartsWith("toy.iob2:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTag_NamesInputAndLine()
    {
        var e = Assert.Throws<FormatException>(() => Read("1|Hi|X-PER|-\n"));
        Assert.Contains("toy.iob2:1:", e.Message, StringComparison.Ordinal);
    }
}
