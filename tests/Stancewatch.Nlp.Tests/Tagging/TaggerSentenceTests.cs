using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Nlp.Tests.Tagging;

public sealed class TaggerSentenceTests
{
    private static readonly TagDictionary Dictionary = new([new("apple", [1]), new("the", [2]), new("Apple", [3])]);

    [Theory]
    [InlineData("the talks ended without a deal", 1UL)]
    [InlineData("THE TALKS ENDED WITHOUT A DEAL", 2UL)]
    [InlineData("Talks End Without A Deal", 3UL)]
    [InlineData("The talks ended without a deal in Geneva", 0UL)]
    [InlineData("Talks ended", 0UL)]
    public void Casing_NamesTheSentenceStyle(string text, ulong casing)
    {
        Assert.Equal(casing, TaggerSentence.Of(text.Split(' '), Dictionary).Casing);
    }

    [Fact]
    public void LowerAmbiguity_IsTheAmbiguityOfTheLowerCaseForm()
    {
        var sentence = TaggerSentence.Of(["The", "APPLE", "Apple", "pear"], Dictionary);
        Assert.Equal(Dictionary.Ambiguity("the"), sentence.LowerAmbiguity[0]);
        Assert.Equal(Dictionary.Ambiguity("apple"), sentence.LowerAmbiguity[1]);
        Assert.Equal(Dictionary.Ambiguity("apple"), sentence.LowerAmbiguity[2]);
        Assert.Equal(Dictionary.Ambiguity("Apple"), sentence.Ambiguity[2]);
        Assert.Equal(Dictionary.Ambiguity("pear"), sentence.LowerAmbiguity[3]);
    }
}
