using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;
using Stancewatch.Training.Entities;

namespace Stancewatch.Tests.Entities;

/// <summary>
/// A small named-entity corpus of our own sentences for training tests. Compiled into the Training and Nlp test
/// projects (linked from the latter's project file).
/// </summary>
internal static class ToyEntityCorpus
{
    public static readonly NerSentence[] Sentences =
    [
        S("Anna Berg visited Lisbon on Monday .", new(0, 2, "PER"), new(3, 4, "LOC")),
        S("Karl Nyman works for Orbis Bank in Porto .", new(0, 2, "PER"), new(4, 6, "ORG"), new(7, 8, "LOC")),
        S("The minister met Anna Berg .", new EntityMention(3, 5, "PER")),
        S("Orbis Bank opened an office in Lisbon .", new(0, 2, "ORG"), new(6, 7, "LOC")),
        S("We drove from Porto to Lisbon .", new(3, 4, "LOC"), new(5, 6, "LOC")),
        S("Karl Nyman said the bank was fine .", new EntityMention(0, 2, "PER")),
        S("Nobody said anything .", []),
    ];

    /// <summary>How often words are proper nouns, as the trainer's lexicon gives it.</summary>
    public static readonly WordLexicon ProperNouns = new([KeyValuePair.Create("lisbon", "p4f1"), KeyValuePair.Create("the", "p0f3")]);

    public static NerSentence S(string text, params EntityMention[] entities) =>
        new("toy", [.. text.Split(' ')], [.. entities]);
}
