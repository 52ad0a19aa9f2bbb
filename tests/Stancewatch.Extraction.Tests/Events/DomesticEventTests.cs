using Stancewatch.Testing;

namespace Stancewatch.Extraction.Tests.Events;

/// <summary>Events between two parties of one country, told apart by their sectors (real knowledge base).</summary>
public sealed class DomesticEventTests
{
    private static IReadOnlyList<Event> Code(string sentence) =>
        Some.ExtractWithKnowledgeBase(new DocBuilder().Sentence(sentence).Build(), new DateOnly(2010, 5, 1)).Events;

    [Fact]
    public void PoliceArrestingActivists_IsAnEventBetweenTwoPartiesOfOneCountry()
    {
        var e = Assert.Single(Code("Estonian/ADJ/amod/2 police/NOUN/nsubj/3 arrested/VERB/root/0/arrest Estonian/ADJ/amod/5 activists/NOUN/obj/3/activist ./PUNCT/punct/3"));
        Assert.Equal("COERCE EST>EST", Some.Pair(e));
        Assert.Equal("COP", e.Source[0].Sector);
        Assert.Equal("CVL", e.Target[0].Sector);
    }

    [Fact]
    public void GovernmentAndItsArmy_AreOneParty()
    {
        var events = Code("The/DET/det/3 Estonian/ADJ/amod/3 government/NOUN/nsubj/4 praised/VERB/root/0/praise the/DET/det/7 Estonian/ADJ/amod/7 army/NOUN/obj/4 ./PUNCT/punct/4");
        Assert.DoesNotContain(events, e => e.Target.Any(t => t.Code == "EST"));
    }

    [Fact]
    public void ForceAgainstAPlace_TargetsItsCountry()
    {
        var e = Assert.Single(Code("Estonia/PROPN/nsubj/2 shelled/VERB/root/0/shell Latvian/ADJ/amod/4 towns/NOUN/obj/2/town ./PUNCT/punct/2"));
        Assert.Equal("ASSAULT EST>LVA", Some.Pair(e));
    }
}
