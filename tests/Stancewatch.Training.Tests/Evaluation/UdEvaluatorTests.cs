using Stancewatch.Nlp.Conllu;
using Stancewatch.Training.Evaluation;

namespace Stancewatch.Training.Tests.Evaluation;

public sealed class UdEvaluatorTests
{
    // Our own sentences. Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
    private const string Gold = """
        # text = The envoys don't agree.
        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
        2	envoys	envoy	NOUN	NNS	Number=Plur	5	nsubj	_	_
        3-4	don't	_	_	_	_	_	_	_	_
        3	do	do	AUX	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	5	aux	_	_
        4	n't	not	PART	RB	Polarity=Neg	5	advmod	_	_
        5	agree	agree	VERB	VB	VerbForm=Inf	0	root	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	5	punct	_	_

        # text = Talks resume.
        1	Talks	talk	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	resume	resume	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_


        """;

    private static IReadOnlyList<ConlluSentence> Parse(string conllu) => ConlluReader.Read(new StringReader(conllu.Replace("\r", "", StringComparison.Ordinal))).ToList();

    private static UdEvaluation Evaluate(string system) => new UdEvaluator().Evaluate(Parse(Gold), Parse(system));

    [Fact]
    public void UdEvaluator_GoldAgainstItselfScoresOneHundred()
    {
        var evaluation = Evaluate(Gold);
        Assert.All(evaluation.Scores, s => Assert.Equal(1.0, s.F1, 9));
        Assert.Equal(UdEvaluation.MetricNames, evaluation.Scores.Select(s => s.Metric));
        Assert.Equal(8, evaluation["Tokens"].GoldTotal);
        Assert.Equal(9, evaluation["Words"].GoldTotal);
    }

    [Fact]
    public void UdEvaluator_ScoresTagsAndHeadsOnAlignedWords()
    {
        // "agree" mistagged and attached to "envoys"; "Talks" lemma wrong.
        string system = Gold
            .Replace("5\tagree\tagree\tVERB\tVB\tVerbForm=Inf\t0\troot", "5\tagree\tagree\tNOUN\tVB\tVerbForm=Inf\t0\troot", StringComparison.Ordinal)
            .Replace("2\tenvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t5\tnsubj", "2\tenvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t5\tobj", StringComparison.Ordinal)
            .Replace("1\tTalks\ttalk", "1\tTalks\ttalks", StringComparison.Ordinal);
        var evaluation = Evaluate(system);
        Assert.Equal(8.0 / 9, evaluation["UPOS"].F1, 9);
        Assert.Equal(1.0, evaluation["UAS"].F1, 9);
        Assert.Equal(8.0 / 9, evaluation["LAS"].F1, 9);
        Assert.Equal(8.0 / 9, evaluation["Lemmas"].F1, 9);
        Assert.Equal(1.0, evaluation["XPOS"].F1, 9);

        // content words: envoys, agree (root), Talks, resume (root), n't (advmod) = 5; envoys has the wrong label
        Assert.Equal(5, evaluation["CLAS"].GoldTotal);
        Assert.Equal(4.0 / 5, evaluation["CLAS"].F1, 9);

        // MLAS also needs UPOS of the content word: agree is wrong too; BLEX needs lemmas: Talks is wrong.
        Assert.Equal(3.0 / 5, evaluation["MLAS"].F1, 9);
        Assert.Equal(3.0 / 5, evaluation["BLEX"].F1, 9);
    }

    [Fact]
    public void UdEvaluator_AlignsMisSegmentedRawTextOnCharacters()
    {
        // The system did not split "don't", split "resume." wrongly as "resu me." and found one sentence only.
        const string system = """
            1	The	the	DET	DT	_	2	det	_	_
            2	envoys	envoy	NOUN	NNS	_	4	nsubj	_	_
            3	don't	do	AUX	VBP	_	4	aux	_	_
            4	agree	agree	VERB	VB	_	0	root	_	SpaceAfter=No
            5	.	.	PUNCT	.	_	4	punct	_	_
            6	Talks	talk	NOUN	NNS	_	7	nsubj	_	_
            7	resu	resume	VERB	VBP	_	4	parataxis	_	SpaceAfter=No
            8	me	me	PRON	PRP	_	7	obj	_	SpaceAfter=No
            9	.	.	PUNCT	.	_	7	punct	_	_


            """;
        var evaluation = Evaluate(system);

        // gold tokens: The envoys don't agree . Talks resume . (8)
        Assert.Equal(8, evaluation["Tokens"].GoldTotal);
        Assert.Equal(9, evaluation["Tokens"].SystemTotal);
        Assert.Equal(7, evaluation["Tokens"].Correct); // The envoys don't agree . Talks .
        Assert.Equal(0, evaluation["Sentences"].Correct);

        // words: "don't" (one system word) against "do" + "n't" inside a multiword span: LCS on lower-cased forms
        // aligns nothing there; "resu" and "me" align with nothing. Aligned: The envoys agree . Talks . = 6
        Assert.Equal(6, evaluation["Words"].Correct);
        Assert.Equal(9, evaluation["Words"].GoldTotal);
        Assert.Equal(2.0 * 6 / (9 + 9), evaluation["Words"].F1, 9);

        // aligned-word metrics count only the aligned words: UPOS right on all 6
        Assert.Equal(6, evaluation["UPOS"].AlignedTotal);
        Assert.Equal(1.0, evaluation["UPOS"].AlignedAccuracy);
    }

    [Fact]
    public void UdEvaluator_RejectsDifferentCharacters()
    {
        string system = Gold.Replace("envoys", "envoy", StringComparison.Ordinal);
        var e = Assert.Throws<UdEvaluationException>(() => Evaluate(system));
        Assert.Contains("differ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UdEvaluator_IgnoresLanguageSpecificFeaturesAndSubtypes()
    {
        string system = Gold
            .Replace("Number=Plur\t5\tnsubj", "Number=Plur|ExtPos=X\t5\tnsubj:pass", StringComparison.Ordinal);
        var evaluation = Evaluate(system);
        Assert.Equal(1.0, evaluation["UFeats"].F1, 9);
        Assert.Equal(1.0, evaluation["LAS"].F1, 9);
    }
}
