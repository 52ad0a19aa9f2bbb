using System.Globalization;
using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;

namespace Stancewatch.Training;

/// <summary>The method sections of the MODEL.md files: what each component is and why it was chosen.</summary>
public static class ModelDescriptions
{
    /// <summary>Method section of the tagger.</summary>
    public static string Tagger(PerceptronTagger tagger, int featureRewrites)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        string conventions = featureRewrites > 0
            ? $"\n\nThe tagger writes EWT's feature conventions (`FeatureRewrites`, learned by `FeatureConventions`): where both\ntraining treebanks are consistent on a feature of a (lower-case form, XPOS) pair (90% of occurrences or more) but\ndisagree with each other (`really` RB: GUM `Degree=Pos`, EWT none; `there` EX: GUM `PronType=Dem`, EWT none), the\ntagger's output takes EWT's value ({featureRewrites:N0} rewrites). This costs UFeats on GUM's own files. (Rewriting GUM's\ntraining data instead gave the same UFeats but cost 0.3 LAS on EWT dev through the parser's jackknifed tags.)"
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Method

            Greedy left-to-right averaged perceptron (`Stancewatch.Nlp.Tagging.PerceptronTagger`). Each class is a
            composite `UPOS XPOS FEATS` seen in training ({tagger.Labels.Length} classes), so the three columns are
            always consistent with each other and one decision per word gives all three. A tag dictionary limits
            words seen at least 5 times to the classes they were seen with ({tagger.Dictionary.Count} words), each
            with the partner that English inflection spells alike (`SyncreticTags`: VBD/VBN, VB/VBP and NNS/VBZ for
            nouns and verbs), so that `advised`, seen only as a participle, can still be a past tense; a word with one
            class is not scored at all. The classes leave out the non-universal features Typo, ExtPos, Style
            and NumForm, and the Number and Person of finite VBD/VBP verbs, which EWT takes from the subject: the
            pipeline restores those after parsing (`VerbAgreement`), so the tagger does not have to guess agreement
            with a subject it has not seen and VBD/VBP are not split into five classes each.{conventions}

            Features (`TaggerFeatures`): form, lower case, suffixes 1-4, prefixes 1-3, shape, character-class flags,
            the lower-cased words at -2..+2, suffix-3 and shape of the neighbours, the XPOS chosen for the two previous
            words and the class of the previous word, conjunctions (previous tag with word, suffix and next word;
            word bigrams), the ambiguity classes (the set of classes seen in training) of the word, of its lower-case
            form (a capitalised common word against a name) and of the next two words, and the sentence's casing
            style (ordinary, all lower case, all capitals, title case). Features are hashed to 64-bit ids; weights are sparse rows in flat arrays
            ({tagger.Model.FeatureCount:N0} features, {tagger.Model.WeightCount:N0} weights, about {tagger.Model.SizeInBytes / 1048576.0:F1} MB in memory).

            Why: an averaged perceptron reaches state-of-the-art-minus-one-to-two points on English tagging, trains in
            minutes on two cores, needs no external embeddings (none can be downloaded here) and tags hundreds of
            thousands of words per second in pure C#. Composite classes were chosen over three separate taggers
            because they cost one scoring pass per word instead of three and never give contradictory columns.
            """);
    }

    /// <summary>Method section of the lemmatizer.</summary>
    public static string Lemmatizer(EditRuleLemmatizer lemmatizer)
    {
        ArgumentNullException.ThrowIfNull(lemmatizer);
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Method

            `Stancewatch.Nlp.Lemmatization.EditRuleLemmatizer`. An exception list gives each (form, XPOS) pair seen in
            training its most frequent lemma ({lemmatizer.Lexicon.TaggedCount:N0} entries; covers irregular forms such as
            `was → be`, `better → good`). A number loses its thousands separators (`1,100 → 1100`, as EWT writes it).
            A form seen at least twice in training, always with the same lemma, keeps that lemma under a tag it was
            never seen with ({lemmatizer.Lexicon.FormCount:N0} forms), so a tagging error does not change a known word's lemma.
            Any other word gets an edit rule: optionally lower-case, strip n final
            characters, append a string (`L|3|` for `walking → walk`, `L|3|y` for `studies → study`). The rule is
            chosen by an averaged perceptron over {lemmatizer.Labels.Length} rules seen at least twice, with features
            UPOS, XPOS, FEATS, suffixes 1-5 with XPOS, shape and case flags; only rules that apply to the word are
            considered. When the best rule changes the word into one that is no lemma of the training data, the next
            {EditRuleLemmatizer.KnownLemmaCandidates - 1} rules are tried for one that makes a known lemma ({lemmatizer.Lexicon.LemmaCount:N0} lemmas;
            `provoked → provoke`, not `provok`; only suffix rules that keep the case and three letters). `LemmasRulesOnly` metrics show the rules without the exception lists,
            i.e. behaviour on unseen words. `tagged.dev` and `test.en_*` metrics use the committed tagger's tags,
            as the pipeline does; the others use gold tags. Where GUM train consistently lemmatizes a (form, XPOS) pair
            otherwise than EWT train (`people → person`, `-- → -`), its lemma is rewritten to EWT's before training
            (`LemmaConventions`, hyperparameter `lemmaConventions`), so the lemmatizer writes EWT's conventions.

            Why: English inflection is almost entirely suffixal, so suffix edit rules cover it with a small model;
            the exception list handles the irregular rest exactly.
            """);
    }

    /// <summary>Method section of the parser.</summary>
    public static string Parser(ArcHybridParser parser, bool predictedTags, ParserTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string trainingTags = options.JackknifeFolds > 1
            ? $"Trained on jackknifed tags: the training sentences are dealt into {options.JackknifeFolds} folds and\neach fold is tagged by a tagger trained on the others, so the parser learns from the tagging errors it\nmeets at run time"
            : "Trained on gold tags";
        ArgumentNullException.ThrowIfNull(parser);
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Method

            Greedy transition-based parser (`Stancewatch.Nlp.Parsing.ArcHybridParser`): arc-hybrid system with the
            root at the end of the buffer (exactly one root per sentence), relation predicted jointly with the move
            ({parser.Transitions.Count} classes over {parser.Transitions.Labels.Length} relations, subtypes kept).
            Averaged perceptron trained with the dynamic oracle of Goldberg and Nivre (2013): updates go to the
            best-scoring least-cost transition, and from the second epoch the trainer follows its own predictions
            90% of the time, so the model learns to recover from its errors. {trainingTags}; dev selection and
            the scores below use {(predictedTags ? "the tagger's predicted tags" : "gold tags")}.

            Features (`ParserFeatures`, after Zhang and Nivre 2011): words and tags of s0-s2 and b0-b2, the outermost
            left and right children of s0, s1 and b0 with their relations, distances, valencies and their
            conjunctions ({parser.Model.FeatureCount:N0} features, {parser.Model.WeightCount:N0} weights,
            about {parser.Model.SizeInBytes / 1048576.0:F1} MB in memory, weights kept as half-precision floats).

            Why: a greedy transition parser is linear in sentence length and reaches 87-89 UAS on EWT with a
            perceptron, while a neural or beam parser would not train in the 30-minute budget on two cores in pure C#.
            Limitation: projective trees only (a few percent of EWT sentences have a crossing arc).
            """);
    }
}
