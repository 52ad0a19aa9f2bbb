using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Nlp.Tests.Conllu;

public sealed class ConlluWriterTests
{
    private const string Gold = """
        # newdoc id = doc1
        # newpar
        # text = Astana's envoy can't come.
        1-2	Astana's	_	_	_	_	_	_	_	_
        1	Astana	Astana	PROPN	NNP	Number=Sing	3	nmod:poss	_	_
        2	's	's	PART	POS	_	1	case	_	_
        3	envoy	envoy	NOUN	NN	Number=Sing	6	nsubj	_	_
        4-5	can't	_	_	_	_	_	_	_	_
        4	ca	can	AUX	MD	VerbForm=Fin	6	aux	_	_
        5	n't	not	PART	RB	Polarity=Neg	6	advmod	_	_
        6	come	come	VERB	VB	VerbForm=Inf	0	root	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	6	punct	_	_

        # newpar
        # text = Fine.
        1	Fine	fine	ADJ	JJ	Degree=Pos	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_


        """;

    private static List<ConlluSentence> Parse(string conllu) => ConlluReader.Read(new StringReader(conllu)).ToList();

    [Fact]
    public void ConlluDocumentReader_RebuildsTextWithParagraphsAndMultiwordRanges()
    {
        var doc = Assert.Single(ConlluDocumentReader.ToDocuments(Parse(Gold), "t"));
        Assert.Equal("doc1", doc.Id);
        Assert.Equal("Astana's envoy can't come.\n\nFine.", doc.Text);
        Assert.Equal(["Astana", "'s", "envoy", "ca", "n't", "come", ".", "Fine", "."], doc.Forms);
        Assert.Equal("Astana", doc.Text[doc.TokenStarts[0]..doc.TokenEnds[0]]);
        Assert.Equal("n't", doc.Text[doc.TokenStarts[4]..doc.TokenEnds[4]]);
        Assert.True(doc.ContinuesMultiword(0));
        Assert.True(doc.ContinuesMultiword(3));
        Assert.False(doc.ContinuesMultiword(2));
        Assert.Equal([0, 7], doc.SentenceStarts);
        Assert.Equal(5, doc.Heads[2]);
        Assert.Equal(-1, doc.Heads[5]);
        Assert.Equal(7, doc.Heads[8]);
    }

    [Fact]
    public void ConlluWriter_RoundTripsGoldDocuments()
    {
        var gold = Parse(Gold);
        var written = Parse(ConlluWriter.ToConllu(ConlluDocumentReader.ToDocuments(gold, "t")));
        Assert.Equal(gold.Count, written.Count);
        for (int s = 0; s < gold.Count; s++)
        {
            Assert.Equal(gold[s].Text, written[s].Text);
            Assert.Equal(gold[s].Words, written[s].Words);
            Assert.Equal(gold[s].MultiwordTokens.Select(m => (m.First, m.Last, m.Form)), written[s].MultiwordTokens.Select(m => (m.First, m.Last, m.Form)));
            Assert.Equal(gold[s].StartsParagraph, written[s].StartsParagraph);
        }
    }

    [Fact]
    public void ConlluWriter_WritesTokenizerOutputWithMultiwordLinesAndSpaceAfter()
    {
        var pipeline = new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Build();
        var doc = pipeline.Annotate(AnnotatedDocument.FromText("d", "We don't know. Really?"));
        string conllu = ConlluWriter.ToConllu([doc]);
        var sentences = Parse(conllu);
        Assert.Equal(2, sentences.Count);
        Assert.Equal("We don't know.", sentences[0].Text);
        var mwt = Assert.Single(sentences[0].MultiwordTokens);
        Assert.Equal((2, 3, "don't"), (mwt.First, mwt.Last, mwt.Form));
        Assert.True(sentences[0].Words[3].NoSpaceAfter); // "know" before "."
        Assert.False(sentences[0].Words[4].NoSpaceAfter); // "." before the next sentence
        Assert.Contains("2-3\tdon't\t", conllu, StringComparison.Ordinal);
        Assert.Equal("_", sentences[0].Words[0].Upos);
    }
}
