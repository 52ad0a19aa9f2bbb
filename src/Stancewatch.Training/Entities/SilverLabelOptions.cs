namespace Stancewatch.Training.Entities;

/// <summary>
/// How <see cref="SilverEntityLabeler"/> turns a first model's predictions on a treebank with gold part-of-speech
/// tags into extra (silver) training sentences.
/// </summary>
/// <param name="SnapToRuns">Widen a prediction that lies inside a proper-noun run (and is the only one there) to the run.</param>
/// <param name="DropDoubtfulSentences">
/// Leave out a sentence when one of its predictions is not (after snapping) a proper-noun run; unused with
/// <paramref name="OpenUnlabelledRuns"/>, which opens such a prediction instead.
/// </param>
/// <param name="OpenUnlabelledRuns">
/// Leave the labels of a proper-noun run that the model left unlabelled (or labelled with other boundaries) open
/// (<see cref="NerSentence.OpenRanges"/>) instead of O, and keep the sentence.
/// </param>
public sealed record SilverLabelOptions(
    bool SnapToRuns = true,
    bool DropDoubtfulSentences = true,
    bool OpenUnlabelledRuns = false);
