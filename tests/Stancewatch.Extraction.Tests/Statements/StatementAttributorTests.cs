using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Statements;

public sealed class StatementAttributorTests
{
    [Fact]
    public void DirectQuoteOverTwoSentences_StaysWithItsSpeaker()
    {
        var doc = new DocBuilder()
            .Sentence("“/PUNCT/punct/3 Kazakhstan/PROPN/nsubj/3 stays/VERB/root/0/stay ./PUNCT/punct/3")
            .Sentence("Russia/PROPN/nsubj/2 attacked/VERB/root/0/attack Ukraine/PROPN/obj/2 ,/PUNCT/punct/2 ”/PUNCT/punct/2 Ashimbayev/PROPN/nsubj/7 said/VERB/parataxis/2/say ./PUNCT/punct/2")
            .Build();
        var x = Some.Extract(doc);
        var statement = Assert.Single(x.Statements);
        Assert.Equal("KAZ", statement.Source[0].Code);
        Assert.Equal("quote", statement.Mode);
        Assert.StartsWith("“ Kazakhstan stays", statement.Content, StringComparison.Ordinal);
        var attack = Assert.Single(x.Events, e => e.Type == PloverEvent.ASSAULT);
        Assert.Equal("KAZ", attack.Claimant!.Code);
    }

    [Theory]
    [InlineData(true, "UKR")]
    [InlineData(false, null)]
    public void FirstPersonQuoteParagraph_AfterAPersonsAct_IsThatPersonsWords(bool paragraph, string? speaker)
    {
        var builder = new DocBuilder()
            .Sentence("Zelensky/PROPN/nsubj/2 thanked/VERB/root/0/thank Japarov/PROPN/obj/2 ./PUNCT/punct/2");
        if (paragraph)
        {
            builder.Paragraph();
        }

        var doc = builder
            .Sentence("“/PUNCT/punct/3 I/PRON/nsubj/3 met/VERB/root/0/meet Japarov/PROPN/obj/3 ./PUNCT/punct/3 ”/PUNCT/punct/3")
            .Build();
        var x = Some.Extract(doc);
        Assert.Equal(speaker, x.Statements.SingleOrDefault()?.Source[0].Code);
    }

    [Fact]
    public void BulletPointsAfterAColon_AreEachTheSpeakersWords()
    {
        var doc = new DocBuilder()
            .Sentence("Ashimbayev/PROPN/nsubj/2 said/VERB/root/0/say :/PUNCT/punct/2").Paragraph()
            .Sentence("●/PUNCT/punct/3 we/PRON/nsubj/3 stay/VERB/root/0 ;/PUNCT/punct/3").Paragraph()
            .Sentence("●/PUNCT/punct/3 we/PRON/nsubj/3 wait/VERB/root/0 ./PUNCT/punct/3").Paragraph()
            .Sentence("Russia/PROPN/nsubj/2 attacked/VERB/root/0/attack Ukraine/PROPN/obj/2 ./PUNCT/punct/2")
            .Build();
        var statements = Some.Extract(doc).Statements;
        Assert.All(statements, s => Assert.Equal("KAZ", s.Source[0].Code));
        Assert.Contains(statements, s => s.Content!.Contains("wait", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Content!.Contains("attacked", StringComparison.Ordinal));
        Assert.Equal(2, statements.Length);
    }

    [Fact]
    public void QuotedAsSaying_IsAChainFromTheReporterToTheSpeaker()
    {
        var doc = new DocBuilder()
            .Sentence("Kremlin/PROPN/nsubj/2 quoted/VERB/root/0/quote Ashimbayev/PROPN/obj/2 as/SCONJ/mark/5 saying/VERB/advcl/2/say that/SCONJ/mark/8 Russia/PROPN/nsubj/8 attacked/VERB/ccomp/5/attack Ukraine/PROPN/obj/8 ./PUNCT/punct/2")
            .Build();
        var x = Some.Extract(doc);
        Assert.Equal(2, x.Statements.Length);
        var inner = x.Statements.Single(s => s.Source[0].Code == "KAZ");
        var outer = x.Statements.Single(s => s.Source[0].Code == "RUS");
        Assert.Equal(outer.Id, inner.ReportedBy);
        Assert.Equal("RUS", inner.Claimant!.Code);
    }

    [Fact]
    public void AccordingTo_MakesTheNamedSourceTheClaimant()
    {
        var doc = new DocBuilder()
            .Sentence("According/VERB/case/3/accord to/ADP/fixed/1 Kremlin/PROPN/obl/6 ,/PUNCT/punct/6 Kyrgyzstan/PROPN/nsubj/6 backed/VERB/root/0/back Russia/PROPN/obj/6 ./PUNCT/punct/6")
            .Build();
        var x = Some.Extract(doc);
        var s = Assert.Single(x.Statements);
        Assert.Equal("according to", s.Frame);
        var e = Assert.Single(x.Events);
        Assert.Equal("KGZ", e.Source[0].Code);
        Assert.Equal("RUS", e.Claimant!.Code);
    }

    [Fact]
    public void AccordingTo_WithTheSourceParsedAsTheRoot_FramesWhatFollows()
    {
        // According to the Kremlin's account, as relayed by Sputnik, Kyrgyzstan backed Russia.
        var doc = new DocBuilder()
            .Sentence("According/VERB/case/5/accord to/ADP/fixed/1 the/DET/det/5 Kremlin/PROPN/nmod:poss/5 account/NOUN/root/0 ,/PUNCT/punct/8 as/SCONJ/mark/8 relayed/VERB/acl/5/relay by/ADP/case/10 Sputnik/PROPN/obl:agent/8 ,/PUNCT/punct/10 Kyrgyzstan/PROPN/nsubj/13 backed/VERB/ccomp/8/back Russia/PROPN/obj/13 ./PUNCT/punct/5")
            .Build();
        var e = Assert.Single(Some.Extract(doc).Events, e => e.Type == PloverEvent.SUPPORT);
        Assert.Equal("KGZ", e.Source[0].Code);
        Assert.Equal("RUS", e.Claimant!.Code);
    }

    [Fact]
    public void NotYetCommented_IsANegatedStatement()
    {
        var doc = new DocBuilder()
            .Sentence("Kazakhstan/PROPN/nsubj/5 has/AUX/aux/5/have not/PART/advmod/5 yet/ADV/advmod/5 commented/VERB/root/0/comment on/ADP/case/8 the/DET/det/8 war/NOUN/obl/5 ./PUNCT/punct/5")
            .Build();
        var s = Assert.Single(Some.Extract(doc).Statements);
        Assert.True(s.Negated);
        Assert.Equal("KAZ", s.Source[0].Code);
    }

    [Fact]
    public void StatementNoun_WithAgent_IsAStatement()
    {
        var doc = new DocBuilder()
            .Sentence("No/DET/det/3 official/ADJ/amod/3 statements/NOUN/nsubj:pass/6/statement have/AUX/aux/6/have been/AUX/aux:pass/6/be made/VERB/root/0/make by/ADP/case/8 Tajikistan/PROPN/obl:agent/6 ./PUNCT/punct/6")
            .Build();
        var s = Assert.Single(Some.Extract(doc).Statements);
        Assert.Equal("TJK", s.Source[0].Code);
        Assert.True(s.Negated);
    }

    [Fact]
    public void QuotedAsSaying_AttachedToTheName_TheNameIsTheSpeaker()
    {
        // A misparse hangs "as saying" on the quoted person rather than on "quoted".
        var doc = new DocBuilder()
            .Sentence("Britain/PROPN/nsubj/2 quoted/VERB/root/0/quote Japarov/PROPN/obj/2 as/SCONJ/mark/5 saying/VERB/advcl/3/say that/SCONJ/mark/8 Russia/PROPN/nsubj/8 attacked/VERB/ccomp/5/attack ./PUNCT/punct/2")
            .Build();
        var saying = Assert.Single(Some.Extract(doc).Statements, s => s.Trigger == "saying");
        Assert.Equal("KGZ", saying.Source[0].Code);
    }
}
