using Stancewatch.Nlp.Entities;

namespace Stancewatch.Training.Entities;

/// <summary>
/// What <see cref="NerTrainer"/> may use besides the labelled sentences: word clusters learned from unlabelled text,
/// known names (a gazetteer from our knowledge base), and the UPOS tags of the selection sentences when the options
/// use tags.
/// </summary>
public sealed record NerResources(WordLexicon Clusters, PhraseLexicon Names, IReadOnlyList<IReadOnlyList<string>>? SelectionTags = null);
