using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Testing;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Training.Tests.Evaluation;

public sealed class UdRunnerTests
{
    // Our own sentence, with a deliberately odd gold tag (NNP on "talks") that a tagger would not choose.
    private const string Gold = """
        # newdoc id = brief
        # text = Envoys resumed talks in Geneva.
        1	Envoys	envoy	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	resumed	resume	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        3	talks	Talks	PROPN	NNP	Number=Sing	2	obj	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Geneva	Geneva	PROPN	NNP	Number=Sing	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_


        """;

    private static readonly Lazy<LanguagePipeline> Language = new(() => LanguagePipeline.Load(Path.Combine(SharedData.RepositoryRoot, "models")));

    [Fact]
    public void GoldTags_KeepTheGoldTagsAndLemmasAndParse()
    {
        var words = SystemWords(Language.Value.FromTags, UdInput.GoldTags);

        Assert.Equal(["NNS", "VBD", "NNP", "IN", "NNP", "."], words.Select(w => w.Xpos));
        Assert.Equal("Talks", words[2].Lemma);
        Assert.Equal(1, words.Count(w => w.Head == 0));
        Assert.All(words, w => Assert.NotEqual("_", w.Deprel));
    }

    [Fact]
    public void GoldTokens_TagWithTheTagger()
    {
        var words = SystemWords(Language.Value.FromTokens, UdInput.GoldTokens);

        Assert.Equal(["Envoys", "resumed", "talks", "in", "Geneva", "."], words.Select(w => w.Form));
        Assert.Equal("NNS", words[2].Xpos);
    }

    [Theory]
    [InlineData(UdInput.RawText, AnnotationLayers.Tokens | AnnotationLayers.Sentences)]
    [InlineData(UdInput.GoldTokens, AnnotationLayers.Tokens | AnnotationLayers.Sentences)]
    [InlineData(UdInput.GoldTags, AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Tags | AnnotationLayers.Lemmas)]
    public void GoldLayers_AreWhatTheRunTakesFromTheGoldFile(UdInput input, AnnotationLayers expected) =>
        Assert.Equal(expected, UdRunner.GoldLayers(input));

    private static IReadOnlyList<ConlluWord> SystemWords(Pipeline pipeline, UdInput input)
    {
        var gold = ConlluReader.Read(new StringReader(Gold.Replace("\r", "", StringComparison.Ordinal))).ToList();
        return Assert.Single(new UdRunner().Run(pipeline, gold, "brief", input).Sentences).Words;
    }
}
