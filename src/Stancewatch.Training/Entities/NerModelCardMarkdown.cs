using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Training.Entities;

/// <summary>Renders the NER model card as MODEL.md: data and licences, method, features, scores, training time, size.</summary>
public static class NerModelCardMarkdown
{
    /// <summary>The MODEL.md text.</summary>
    public static string Render(ModelCard card, NerScore test, NerScore heldOut, ImmutableArray<string> log)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(heldOut);
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(c, $"# {card.Name} ({card.Kind}, format {card.FormatVersion})\n\n");
        b.Append("Named-entity recognizer (PER, ORG, LOC) trained by Stancewatch. The weights are our own work; no training text\n");
        b.Append("is included in this repository.\n\n## Data and licences\n\n");
        b.Append("| file | role | sentences | tokens | SHA-256 |\n|---|---|---|---|---|\n");
        foreach (var f in card.TrainingFiles)
        {
            b.Append(c, $"| {f.Path} | {f.Role} | {f.Sentences:N0} | {f.Words:N0} | `{f.Sha256[..16]}…` |\n");
        }

        b.Append("""

            - **Universal NER v1, English-EWT** (Mayhew et al., NAACL 2024), CC BY-SA 4.0: dev for training (its UNER
              train split is not available here), test for the report only.
            - **UD English-GUM** (Zeldes 2017), permissive genres only (news, interview, bio, voyage, textbook, speech,
              vlog, conversation; CC BY or public-domain sources; the treebank as a whole is CC BY-NC-SA 4.0). Its
              coreference entities (MISC `Entity=`) become NER training data: person → PER, place → LOC,
              organization → ORG, for mentions whose syntactic head is a proper noun, narrowed to the name around the
              head (runs of proper nouns and capitalised words joined by "of", "&", …), leading titles stripped from
              persons, organizations whose identity GUM also annotates as a place relabelled LOC (governments named
              by their country, as UNER does), outermost name kept when names nest; bare titles ("the President") and
              one-word plural groups ("Americans") dropped, as UNER leaves them unlabelled.
            - **Known names**: our knowledge base (data/actors: states, capitals, organisations, media, named bodies,
              people; each fact with its public source) and the non-state groups of Phoenix.MilNonState.actors.txt
              (Phoenix / UniversalPetrarch dictionaries, MIT), matched as phrases.
            - **UD English-EWT** (Silveira et al. 2014), CC BY-SA 4.0: train, to count how often each word is
              tagged PROPN (the proper-noun lexicon); with the GUM and uner dev sentences above, as unlabelled text
              for the word clusters (word forms only); and as weakly supervised training sentences: every fourth
              sentence, labelled by a first model (see Method), with its gold PROPN tags and heads fixing which names
              may be kept. Its text is read at training time and not stored. The test sets were never used for
              training or selection.

            ## Method

            Averaged structured perceptron (Collins 2002) over BILOU tags (13 tags), first-order Viterbi decoding
            restricted to well-formed tag sequences, shuffled with a fixed seed each epoch. Token weights use the
            shared `AveragedPerceptron` (hashed features); the transition weights are averaged on the same clock.
            The epoch is chosen by 3-fold cross-validation over the uner dev documents, on the pooled held-out F1
            (stage 1); the final model is then trained on all training data for that many epochs (stage 2).
            After decoding, each document is made consistent (`EntityPropagator`): a name found in one sentence is
            labelled at its unlabelled occurrences elsewhere in the document.
            Weak supervision from UD EWT train (`SilverEntityLabeler`; docs/decisions/0015): in each fold and in the
            final stage, a first model (8 epochs) trained on exactly that stage's training data labels EWT train, which
            it has not seen; its mentions that coincide with a gold proper-noun run (PROPN words, joined by "of" or
            "&" when the right run depends on the left) are kept, the runs it left unlabelled (or labelled with other
            boundaries) stay open, and the rest is O. Open runs are partial labels: the trainer completes them with
            its current best labelling (Tsuboi et al. 2008), so they neither teach O nor a type. Every fourth such
            sentence joins the training data; they stay out of the gazetteer. The gold tags shape only these labels;
            no feature uses them.

            Features of token i: bias; word, lower-cased word (digits → 0), short and long word shape; prefixes 1–3 and
            suffixes 1–4; lower-cased words at i−2…i+2 and the bigrams (i−1, i), (i, i+1); shapes at i±1;
            capitalisation classes of i−1, i, i+1, alone and with the sentence's casing style (lower-case, title-case,
            all-caps, mixed: web text is often lower-case); first-token flag; the proper-noun class of the words at
            i−1, i, i+1 (share of PROPN tags in UD EWT train + GUM train, and frequency); the gazetteer class of the
            words at i−1, i, i+1 (the entity type a word most often belongs to in the training data and how often it
            is inside an entity), learned out-of-fold during training so that a sentence never sees classes that it
            created itself; and, for a token inside a run of capitalised or proper-noun-like words, the run's first
            and last word, its length and the token's place in it, and the words just before and after the run (a
            name's last word often tells its type: "... Motorsports", "... University"); the word-cluster class of
            the words at i−1, i, i+1, with i's capitalisation and as the pairs (i−1, i) and (i, i+1): 128 classes that
            `WordClusterer` (the exchange algorithm, Kneser and Ney 1993) learns from the unlabelled text of the training
            splits, saved with the model; the place of i in a known name and the name's type (B-ORG, U-LOC, …), alone
            and with i's capitalisation. No part-of-speech tagger is needed. Design notes:
            docs/decisions/0005-ner-training-data.md, 0006-ner-word-clusters.md and 0012-ner-accuracy.md.

            ## Scores

            Exact-span micro-F1 on gold tokens (`stancewatch eval ner --gold ../shared/ner/uner_en_ewt-test.iob2`).


            """);
        b.Append("| set | type | gold | predicted | correct | P | R | F1 |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var (name, score) in new[] { ("uner_en_ewt-test (report only)", test), ("uner dev, 3-fold cross-validation pooled (selection)", heldOut) })
        {
            foreach (var t in score.ByType.Append(score.Micro))
            {
                b.Append(c, $"| {name} | {t.Label} | {t.Gold} | {t.Predicted} | {t.Correct} | {100 * t.Precision:F2} | {100 * t.Recall:F2} | {100 * t.F1:F2} |\n");
            }
        }

        ModelCardMarkdown.AppendTraining(b, card, "(both stages, loading and scoring) on a shared 2-core machine", log);
        return b.ToString();
    }
}
