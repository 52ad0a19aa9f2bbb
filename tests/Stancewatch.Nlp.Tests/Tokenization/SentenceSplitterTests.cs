using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Nlp.Tests.Tokenization;

public sealed class SentenceSplitterTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();

    private static string[] Sentences(string text) =>
        [.. Pipeline.Annotate(AnnotatedDocument.FromText("t", text)).Sentences().Select(s => s.Text)];

    [Theory]
    [InlineData("Mr. Smith arrived. He left.", new[] { "Mr. Smith arrived.", "He left." })]
    [InlineData("She met J. K. Rowling today. Then she wrote.", new[] { "She met J. K. Rowling today.", "Then she wrote." })]
    [InlineData("He said, \"We will stay.\" The talks ended.", new[] { "He said, \"We will stay.\"", "The talks ended." })]
    [InlineData("Did they vote? No! They abstained...", new[] { "Did they vote?", "No!", "They abstained..." })]
    [InlineData("Leaders Meet In Astana\nThe summit opened on Monday.", new[] { "Leaders Meet In Astana", "The summit opened on Monday." })]
    [InlineData("First paragraph without a stop\n\nsecond paragraph", new[] { "First paragraph without a stop", "second paragraph" })]
    [InlineData("The list:\n1. Trade\n2. Energy", new[] { "The list:\n1. Trade", "2. Energy" })]
    // A dateline is a sentence of its own, as EWT writes it; no abbreviation or bracket inside it splits it.
    [InlineData("ALMATY, Feb. 25 (Reuters) - Kazakhstan will not recognise the republics, an aide said.", new[] { "ALMATY, Feb. 25 (Reuters) -", "Kazakhstan will not recognise the republics, an aide said." })]
    [InlineData("NUR-SULTAN -- Kazakhstan will use rubles.", new[] { "NUR-SULTAN --", "Kazakhstan will use rubles." })]
    [InlineData("US - China talks resumed.", new[] { "US - China talks resumed." })]
    [InlineData("PS -- There is a meeting tonight.", new[] { "PS -- There is a meeting tonight." })]
    [InlineData("Prices rose 3.5 percent in the U.S. and fell in Europe.", new[] { "Prices rose 3.5 percent in the U.S. and fell in Europe." })]
    public void SentenceSplitter_SplitsAtBoundaries(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void SentenceSplitter_EmptyTextHasNoSentences() => Assert.Empty(Sentences("   "));
}
