using Stancewatch.Training.Entities;

namespace Stancewatch.Training.Tests.Entities;

public sealed class WordClustererTests
{
    // Cities follow "in" and precede "is"; names follow "dear" and precede "said".
    private static readonly string[][] Text =
    [
        .. Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            new[] { "we", "live", "in", i % 2 == 0 ? "Paris" : "Oslo", "." },
            new[] { i % 2 == 0 ? "Rome" : "Paris", "is", "big", "." },
            new[] { "in", i % 2 == 0 ? "Rome" : "Oslo", "it", "rains", "." },
            new[] { "dear", i % 2 == 0 ? "Anna" : "Karl", "," },
            new[] { i % 2 == 0 ? "Karl" : "Mia", "said", "so", "." },
            new[] { "dear", i % 2 == 0 ? "Mia" : "Anna", "said", "hello", "." },
        }),
    ];

    private static Nlp.Entities.WordLexicon Cluster() => new WordClusterer(classes: 8, passes: 20).Cluster(Text);

    [Fact]
    public void Cluster_PutsWordsSeenInTheSameContextsTogether()
    {
        var lexicon = Cluster();
        Assert.Equal(lexicon.ClassOf("paris"), lexicon.ClassOf("oslo"));
        Assert.Equal(lexicon.ClassOf("paris"), lexicon.ClassOf("rome"));
        Assert.Equal(lexicon.ClassOf("anna"), lexicon.ClassOf("karl"));
        Assert.Equal(lexicon.ClassOf("anna"), lexicon.ClassOf("mia"));
        Assert.NotEqual(lexicon.ClassOf("paris"), lexicon.ClassOf("anna"));
    }

    [Fact]
    public void Cluster_IsDeterministic() => Assert.Equal(Cluster().Entries, Cluster().Entries);

    [Fact]
    public void Cluster_LeavesOutRareWords() =>
        Assert.Null(new WordClusterer(classes: 2, minCount: 2).Cluster([["alone", "together"], ["together"]]).ClassOf("alone"));
}
