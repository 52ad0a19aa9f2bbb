using Stancewatch.Nlp.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class PhraseLexiconTests
{
    private static readonly PhraseLexicon Names = new(
    [
        KeyValuePair.Create("new york", "LOC"),
        KeyValuePair.Create("new york times", "ORG"),
        KeyValuePair.Create("jordan", "LOC|PER"),
    ]);

    [Fact]
    public void Match_MarksTheLongestNameWithItsPlaceAndClass()
    {
        var marks = Names.Match(["the", "new", "york", "times", "said"]);
        Assert.Equal("- B-ORG I-ORG L-ORG -", Joined(marks));
    }

    [Fact]
    public void Match_MarksOneTokenNamesAndSeveralNames()
    {
        var marks = Names.Match(["jordan", "and", "new", "york"]);
        Assert.Equal("U-LOC|PER - B-LOC L-LOC", Joined(marks));
    }

    [Fact]
    public void Match_WithAnEmptyLexicon_MarksNothing() =>
        Assert.All(PhraseLexicon.Empty.Match(["new", "york"]), m => Assert.Null(m));

    [Fact]
    public void MaxTokens_IsTheLongestName() => Assert.Equal(3, Names.MaxTokens);

    private static string Joined(string?[] marks) => string.Join(' ', marks.Select(m => m ?? "-"));
}
