using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Knowledge.Tests.Actors;

public sealed class PrefixIndexTests
{
    private static readonly PrefixIndex<int> Index = new(
        [KeyValuePair.Create("kyrgyz", 1), KeyValuePair.Create("kyrgyzstan", 2), KeyValuePair.Create("kyrgyz republic", 3), KeyValuePair.Create("kazakhstan", 4)]);

    [Theory]
    [InlineData("kyrgyz", 1)]
    [InlineData("kyrgyzstan", 2)]
    [InlineData("kyrgyz republic", 3)]
    [InlineData("kazakhstan", 4)]
    public void TryGetValue_FindsEveryKey(string key, int expected)
    {
        Assert.True(Index.TryGetValue(key, out int value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("k")]
    [InlineData("kyrgyzs")]
    [InlineData("kyrgyz ")]
    [InlineData("kyrgyzstans")]
    [InlineData("")]
    public void TryGetValue_RejectsWhatIsOnlyAPrefixOrLonger(string key) =>
        Assert.False(Index.TryGetValue(key, out _));

    [Fact]
    public void Next_NarrowsOneCharacterAtATime_AndEmptiesWhenNoKeyFits()
    {
        var cursor = Index.Next(Index.Start, "kyrgyz");
        Assert.True(Index.TryGetExact(cursor, out int kyrgyz));
        Assert.Equal(1, kyrgyz);
        Assert.Equal(3, cursor.High - cursor.Low);

        var spaced = Index.Next(cursor, ' ');
        Assert.False(spaced.IsEmpty);
        Assert.False(Index.TryGetExact(spaced, out _));

        Assert.True(Index.Next(cursor, 'x').IsEmpty);
        Assert.True(Index.Next(Index.Next(cursor, 'x'), 's').IsEmpty);
    }

    [Fact]
    public void Constructor_RejectsADuplicateKey() =>
        Assert.Throws<ArgumentException>(() => new PrefixIndex<int>([KeyValuePair.Create("a", 1), KeyValuePair.Create("a", 2)]));
}
