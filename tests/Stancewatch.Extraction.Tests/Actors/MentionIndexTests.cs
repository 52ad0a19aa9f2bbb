using Stancewatch.Extraction.Actors;
using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Actors;

public sealed class MentionIndexTests
{
    [Fact]
    public void TitleHungOnAName_GivesTheSpeakersCountry()
    {
        // "Uzbek Minister John Smith said ...": the parser hangs the title on the name as nmod:desc.
        var doc = new DocBuilder()
            .Sentence("The/DET/det/3 Uzbek/ADJ/amod/3 Minister/PROPN/nmod:desc/4 John/PROPN/nsubj/6 Smith/PROPN/flat/4 said/VERB/root/0/say Russia/PROPN/nsubj/9 must/AUX/aux/9/must/MD stop/VERB/ccomp/6/stop ./PUNCT/punct/6")
            .Build();
        Assert.Equal("UZB", Assert.Single(Some.Extract(doc).Statements).Source[0].Code);
    }

    [Fact]
    public void TitleBeforeAnUnknownName_NamesTheOfficeHoldersCountry()
    {
        var doc = new DocBuilder()
            .Sentence("Estonian/ADJ/amod/2 President/PROPN/nmod:desc/3 Jaan/PROPN/nsubj/5 Tamm/PROPN/flat/3 criticized/VERB/root/0/criticize Russia/PROPN/obj/5 ./PUNCT/punct/5")
            .Build();
        var x = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2010, 5, 1));
        var e = Assert.Single(x.Events);
        Assert.Equal("DISAPPROVE EST>RUS", Some.Pair(e));
        Assert.Null(e.Source[0].Name);
    }

    [Theory]
    [InlineData("Estonia/PROPN/nsubj/2 said/VERB/root/0/say/VBD it/PRON/nsubj/5/it/PRP will/AUX/aux/5/will/MD support/VERB/ccomp/2/support/VB Georgia/PROPN/obj/5 ./PUNCT/punct/2", "AGREE EST>GEO")]
    public void ItBeforeAModalAndAVerb_RefersToTheLastState(string sentence, string expected)
    {
        var doc = new DocBuilder().Sentence(sentence).Build();
        var x = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2010, 5, 1));
        Assert.Contains(x.Events, e => Some.Pair(e) == expected);
    }

    [Fact]
    public void ItBeforeAModalAndBe_StaysEmpty()
    {
        var doc = new DocBuilder().Sentence("Estonia/PROPN/nsubj/2 said/VERB/root/0/say/VBD it/PRON/expl/6/it/PRP will/AUX/aux/6/will/MD be/AUX/cop/6/be/VB hard/ADJ/ccomp/2/hard ./PUNCT/punct/2").Build();
        var mentions = Some.Resolver.Resolve(doc, new DateOnly(2010, 5, 1));
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Coreference);
    }

    [Theory]
    [InlineData("US/PROPN/compound/4 and/CCONJ/cc/3 British/ADJ/conj/1 activists/NOUN/nsubj/5/activist staged/VERB/root/0/stage a/DET/det/7 protest/NOUN/obj/5 in/ADP/case/9 Beijing/PROPN/obl/5 ./PUNCT/punct/5", "CHN", "GBR,USA")]
    [InlineData("Russian/ADJ/amod/4 and/CCONJ/cc/3 Chinese/ADJ/conj/1 diplomats/NOUN/nsubj/5/diplomat met/VERB/root/0/meet Kazakh/ADJ/amod/7 officials/NOUN/obj/5/official ./PUNCT/punct/5", "KAZ", "CHN,RUS")]
    public void CoordinatedCountryModifiers_NameOneActorEach(string sentence, string target, string sources)
    {
        var doc = new DocBuilder().Sentence(sentence).Build();
        var x = Some.ExtractWithKnowledgeBase(doc, new DateOnly(2010, 5, 1));
        var acts = x.Events.Where(e => e.Target.Any(a => a.Code == target)).ToList();
        Assert.Equal(sources, string.Join(",", acts.SelectMany(e => e.Source).Select(a => a.Code).Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void They_IsTheNearerPluralActor()
    {
        var doc = new DocBuilder()
            .Sentence("Russian/ADJ/amod/2 forces/NOUN/nsubj/3/force/NNS advanced/VERB/root/0/advance ./PUNCT/punct/3")
            .Sentence("European/ADJ/amod/2 countries/NOUN/nsubj/3/country/NNS say/VERB/root/0/say/VBP they/PRON/nsubj/6/they/PRP will/AUX/aux/6/will/MD help/VERB/ccomp/3/help/VB Ukraine/PROPN/obj/6 ./PUNCT/punct/3")
            .Build();
        var they = Assert.Single(Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)), m => m.Kind == MentionKind.Coreference);
        Assert.Equal("EU", Assert.Single(they.Actors).Code);
    }

    [Fact]
    public void They_AfterAPluralNounNamingNoActor_StaysUnresolved()
    {
        var doc = new DocBuilder()
            .Sentence("Russian/ADJ/amod/2 forces/NOUN/nsubj/3/force/NNS advanced/VERB/root/0/advance ./PUNCT/punct/3")
            .Sentence("Farmers/NOUN/nsubj/2/farmer/NNS say/VERB/root/0/say/VBP they/PRON/nsubj/5/they/PRP will/AUX/aux/5/will/MD help/VERB/ccomp/2/help/VB Ukraine/PROPN/obj/5 ./PUNCT/punct/2")
            .Build();
        Assert.DoesNotContain(Some.Resolver.Resolve(doc, new DateOnly(2022, 3, 1)), m => m.Kind == MentionKind.Coreference);
    }

    [Theory]
    [InlineData("Tokayev/PROPN/nsubj/2 met/VERB/root/0/meet his/PRON/nmod:poss/5/his opposite/ADJ/amod/5 number/NOUN/obj/2 ,/PUNCT/punct/7 Putin/PROPN/appos/5 ./PUNCT/punct/2")]
    [InlineData("It/PRON/nsubj/3 was/AUX/cop/3/be Tokayev/PROPN/root/0 ,/PUNCT/punct/6 who/PRON/nsubj/6/who met/VERB/parataxis/3/meet Putin/PROPN/obj/6 ./PUNCT/punct/3")]
    public void ArgumentsAroundMisleadingPronouns_AreTheNames(string sentence)
    {
        // An apposition outranks "his"; a relative "who" misparsed as a clause of its own is the name before it.
        var x = Some.ExtractWithKnowledgeBase(new DocBuilder().Sentence(sentence).Build(), new DateOnly(2022, 3, 1));
        Assert.Contains(x.Events, e => Some.Pair(e) == "CONSULT KAZ>RUS");
    }

    [Fact]
    public void NamesInAppositionToACommonNoun_OutrankItsModifiers()
    {
        // "Eurasian Economic Union (EAEU) members Kazakhstan and Kyrgyzstan ...": the members act, not the union.
        const string sentence = "Eurasian/PROPN/compound/3 Economic/PROPN/amod/3 Union/PROPN/compound/7 (/PUNCT/punct/5 EAEU/PROPN/appos/3 )/PUNCT/punct/5 members/NOUN/nsubj/11/member Kazakhstan/PROPN/appos/7 and/CCONJ/cc/10 Kyrgyzstan/PROPN/conj/8 condemned/VERB/root/0/condemn Russia/PROPN/obj/11 ./PUNCT/punct/11";
        var x = Some.ExtractWithKnowledgeBase(new DocBuilder().Sentence(sentence).Build(), new DateOnly(2022, 3, 1));
        var pairs = x.Events.Select(Some.Pair).ToList();
        Assert.Contains("DISAPPROVE KAZ>RUS", pairs);
        Assert.Contains("DISAPPROVE KGZ>RUS", pairs);
        Assert.DoesNotContain(pairs, p => p.StartsWith("DISAPPROVE EAEU", StringComparison.Ordinal));
    }
}
