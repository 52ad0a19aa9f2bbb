using System.Collections.Immutable;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// A gold-coded sentence: id, date, text, the gold parse where the gold file has one (PETRARCH-2), and its gold
/// events (empty when the record says the sentence has none).
/// </summary>
public sealed record GoldSentence(string Id, DateOnly? Date, string Text, ConlluSentence? Parse, ImmutableArray<GoldEvent> Events);
