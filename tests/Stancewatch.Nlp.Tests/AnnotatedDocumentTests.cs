using Stancewatch.Testing;

namespace Stancewatch.Nlp.Tests;

public sealed class AnnotatedDocumentTests
{
    private static AnnotatedDocument Sample() => new DocBuilder()
        .Sentence("Putin/PROPN/nsubj/2 called/VERB/root/0 the/DET/det/5 Kyrgyz/ADJ/amod/5 president/NOUN/obj/2 ./PUNCT/punct/2")
        .Sentence("He/PRON/nsubj/2 agreed/VERB/root/0")
        .Build();

    [Fact]
    public void Subtree_CoversDependentsOfTheHead()
    {
        var doc = Sample();
        Assert.Equal((2, 5), doc.Token(4).Subtree());
    }

    [Fact]
    public void PathTo_GoesUpToCommonAncestorThenDown()
    {
        var doc = Sample();
        var path = doc.Token(0).PathTo(doc.Token(3)).Select(t => t.Form);
        Assert.Equal(["Putin", "called", "president", "Kyrgyz"], path);
    }

    [Fact]
    public void SentenceOf_FindsTheSentenceOfAToken()
    {
        var doc = Sample();
        Assert.Equal(1, doc.SentenceOf(7));
        Assert.Equal("He agreed", doc.Sentence(1).Text);
    }

    [Fact]
    public void WithTags_RejectsAColumnOfTheWrongLength()
    {
        var doc = Sample();
        Assert.Throws<ArgumentException>(() => doc.WithLemmas(["one"]));
    }
}
