using Stancewatch.Training.Entities;

namespace Stancewatch.Training.Tests.Entities;

public sealed class NerTrainingRunTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 1)]
    [InlineData(3, 0)]
    public void Constructor_RejectsFewerThanTwoFoldsOrNoRepeat(int folds, int repeats) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NerTrainingRun(
            new NerTrainingRunOptions { SharedDirectory = "s", OutputDirectory = "o", SelectionFolds = folds, InDomainRepeats = repeats },
            TimeProvider.System));

    [Fact]
    public void Constructor_AcceptsTheDefaults() =>
        Assert.NotNull(new NerTrainingRun(new NerTrainingRunOptions { SharedDirectory = "s", OutputDirectory = "o" }, TimeProvider.System));
}
