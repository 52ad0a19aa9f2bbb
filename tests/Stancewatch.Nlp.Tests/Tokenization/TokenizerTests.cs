using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Nlp.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static string Tokens(string text)
    {
        var doc = Tokenizer.Annotate(AnnotatedDocument.FromText("t", text));
        return string.Join(" ", doc.Forms);
    }

    [Theory]
    [InlineData("We don't agree.", "We do n't agree .")]
    [InlineData("They can't go and won't stay.", "They ca n't go and wo n't stay .")]
    [InlineData("Kazakhstan's envoy spoke.", "Kazakhstan 's envoy spoke .")]
    [InlineData("Kazakhstan’s envoy didn’t speak.", "Kazakhstan ’s envoy did n’t speak .")]
    [InlineData("I'm sure they're here and we'll see what you've done, I'd say.", "I 'm sure they 're here and we 'll see what you 've done , I 'd say .")]
    [InlineData("The ministers' statement", "The ministers ' statement")]
    [InlineData("Mr. Tokayev met Dr. Smith in the U.S. on Feb. 3.", "Mr. Tokayev met Dr. Smith in the U.S. on Feb. 3 .")]
    [InlineData("It costs $4.50 or 1,200 tenge (3.5%).", "It costs $ 4.50 or 1,200 tenge ( 3.5 % ) .")]
    [InlineData("See https://example.org/a/b?x=1 now.", "See https://example.org/a/b?x=1 now .")]
    [InlineData("Mail press@mfa.example.kz or @envoy_kz.", "Mail press@mfa.example.kz or @envoy_kz .")]
    [InlineData("A well-known, long-term plan", "A well - known , long - term plan")]
    [InlineData("\u201cNo,\u201d she said \u2014 firmly\u2026", "\u201c No , \u201d she said \u2014 firmly \u2026")]
    [InlineData("non-aligned and anti-war", "non - aligned and anti - war")]
    [InlineData("Wait... what?! Great :)", "Wait ... what ?! Great :)")]
    [InlineData("We met on 11/28/2000 at 10:30.", "We met on 11/28/2000 at 10:30 .")]
    [InlineData("He said \"go.\"", "He said \" go . \"")]
    [InlineData("We cannot stay and gonna leave.", "We can not stay and gon na leave .")]
    [InlineData("J. R. Smith, e.g. here", "J. R. Smith , e.g. here")]
    [InlineData("and/or", "and / or")]
    [InlineData("b/c it works w/o help", "b/c it works w/o help")]
    [InlineData("A 5km walk at 10pm on the 3rd, in the 1990s", "A 5 km walk at 10 pm on the 3rd , in the 1990s")]
    [InlineData("It fell to -37 degrees", "It fell to - 37 degrees")]
    [InlineData("A great album.The band", "A great album . The band")]
    [InlineData("Acme Inc.. Then", "Acme Inc. . Then")]
    [InlineData("#Kazakhstan and #1", "#Kazakhstan and # 1")]
    [InlineData("'90s music, 'Hello' she said", "'90s music , ' Hello ' she said")]
    public void Tokenizer_SplitsLikeEwt(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("We don't agree with Russia's move.")]
    [InlineData("  Leading spaces,\ttabs\nand\u00a0no-break spaces… \u201cquoted\u201d ")]
    [InlineData("")]
    public void Tokenizer_NeverAltersText(string text)
    {
        var doc = Tokenizer.Annotate(AnnotatedDocument.FromText("t", text));
        int previousEnd = 0;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            Assert.True(doc.TokenStarts[i] >= previousEnd, $"token {i} overlaps the previous one");
            Assert.True(doc.TokenEnds[i] > doc.TokenStarts[i], $"token {i} is empty");
            Assert.Equal(text[doc.TokenStarts[i]..doc.TokenEnds[i]], doc.Forms[i]);
            Assert.All(text[previousEnd..doc.TokenStarts[i]].ToCharArray(), c => Assert.True(char.IsWhiteSpace(c) || i > 0 && doc.TokenEnds[i - 1] == doc.TokenStarts[i]));
            previousEnd = doc.TokenEnds[i];
        }

        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }

    [Fact]
    public void Tokenizer_MarksMultiwordTokens()
    {
        var doc = Tokenizer.Annotate(AnnotatedDocument.FromText("t", "We don't."));
        Assert.Equal(["We", "do", "n't", "."], doc.Forms);
        Assert.False(doc.ContinuesMultiword(0));
        Assert.True(doc.ContinuesMultiword(1));
        Assert.False(doc.ContinuesMultiword(2));
    }
}
