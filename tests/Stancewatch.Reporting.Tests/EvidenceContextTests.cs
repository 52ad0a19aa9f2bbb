using Stancewatch.Extraction;

namespace Stancewatch.Reporting.Tests;

public sealed class EvidenceContextTests
{
    private const string Text = "Title line.\n\nFirst one here. The minister said no. Then more.\n\nA later paragraph.\n";

    private static Evidence At(string sentence, string? clause = null)
    {
        int s = Text.IndexOf(sentence, StringComparison.Ordinal);
        int c = clause is null ? s : Text.IndexOf(clause, s, StringComparison.Ordinal);
        return new Evidence("d", 2, c, c + (clause ?? sentence).Length, sentence);
    }

    [Fact]
    public void Locate_FindsTheParagraphAroundTheSentence()
    {
        var c = EvidenceContext.Locate(Text, At("The minister said no."), 1000)!;

        Assert.Equal("First one here. The minister said no. Then more.", Text[c.Start..c.End]);
        Assert.Equal("The minister said no.", Text[c.SentenceStart..c.SentenceEnd]);
        Assert.Equal((c.SentenceStart, c.SentenceEnd), (c.ClauseStart, c.ClauseEnd));
    }

    [Fact]
    public void Locate_KeepsTheClauseInsideTheSentence()
    {
        var c = EvidenceContext.Locate(Text, At("The minister said no.", "said no"), 1000)!;

        Assert.Equal("said no", Text[c.ClauseStart..c.ClauseEnd]);
        Assert.Equal("The minister said no.", Text[c.SentenceStart..c.SentenceEnd]);
    }

    [Fact]
    public void Locate_CutsALongParagraphAtWordsAroundTheSentence()
    {
        string filler = string.Concat(Enumerable.Repeat("word ", 400));
        string text = filler + "The key sentence. " + filler;
        var evidence = new Evidence("d", 0, filler.Length, filler.Length + 17, "The key sentence.");

        var c = EvidenceContext.Locate(text, evidence, 200)!;

        Assert.True(c.CutBefore && c.CutAfter);
        Assert.InRange(c.End - c.Start, 17, 200);
        Assert.StartsWith("word", text[c.Start..c.End], StringComparison.Ordinal);
        Assert.EndsWith("word", text[c.Start..c.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5000, 5010)]   // offsets past the end
    [InlineData(20, 10)]       // end before start
    public void Locate_FallsBackToTheSentenceText_WhenOffsetsAreWrong(int start, int end)
    {
        var c = EvidenceContext.Locate(Text, new Evidence("d", 0, start, end, "A later paragraph."), 1000)!;

        Assert.Equal("A later paragraph.", Text[c.SentenceStart..c.SentenceEnd]);
    }

    [Fact]
    public void Locate_GivesUp_WhenNeitherOffsetsNorSentenceFit() =>
        Assert.Null(EvidenceContext.Locate(Text, new Evidence("d", 0, 5000, 5010, "Not there."), 1000));
}
