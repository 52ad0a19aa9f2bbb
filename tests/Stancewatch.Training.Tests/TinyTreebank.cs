using System.Collections.Immutable;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Tests;

/// <summary>A few sentences written for these tests (no treebank text), as gold training data.</summary>
internal static class TinyTreebank
{
    private const string Conllu = """
        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
        2	minister	minister	NOUN	NN	Number=Sing	3	nsubj	_	_
        3	walked	walk	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        4	to	to	ADP	IN	_	6	case	_	_
        5	the	the	DET	DT	Definite=Def|PronType=Art	6	det	_	_
        6	summit	summit	NOUN	NN	Number=Sing	3	obl	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	3	punct	_	_

        1	Leaders	leader	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	signed	sign	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        3	a	a	DET	DT	Definite=Ind|PronType=Art	4	det	_	_
        4	statement	statement	NOUN	NN	Number=Sing	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        1	She	she	PRON	PRP	Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs	2	nsubj	_	_
        2	rejected	reject	VERB	VBD	Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
        4	plans	plan	NOUN	NNS	Number=Plur	2	obj	_	_
        5	of	of	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	Definite=Def|PronType=Art	7	det	_	_
        7	ministry	ministry	NOUN	NN	Number=Sing	4	nmod	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	2	punct	_	_

        1	Talks	talk	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	ended	end	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        3	without	without	ADP	IN	_	5	case	_	_
        4	a	a	DET	DT	Definite=Ind|PronType=Art	5	det	_	_
        5	deal	deal	NOUN	NN	Number=Sing	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_

        1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
        2	envoys	envoy	NOUN	NNS	Number=Plur	3	nsubj	_	_
        3	visited	visit	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	0	root	_	_
        4	the	the	DET	DT	Definite=Def|PronType=Art	5	det	_	_
        5	capital	capital	NOUN	NN	Number=Sing	3	obj	_	_
        6	and	and	CCONJ	CC	_	7	cc	_	_
        7	talked	talk	VERB	VBD	Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin	3	conj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	3	punct	_	_

        """;

    public static Treebank Load(string name = "tiny")
    {
        var sentences = ConlluReader.Read(new StringReader(Conllu.Replace("        ", "", StringComparison.Ordinal)), "tiny").Select(TreebankSentence.From).ToImmutableArray();
        return new Treebank(name, "tiny.conllu", sentences);
    }
}
