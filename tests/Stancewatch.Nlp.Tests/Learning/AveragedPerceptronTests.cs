using Stancewatch.Nlp.Learning;

namespace Stancewatch.Nlp.Tests.Learning;

public sealed class AveragedPerceptronTests
{
    // A toy task: the class is the index of the word in a small vocabulary, with noise features.
    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta"];

    private static ulong[] Features(int word, int noise) =>
    [
        FeatureHash.Combine(1, FeatureHash.Of(Words[word])),
        FeatureHash.Combine(2, (ulong)noise),
        FeatureHash.Combine(3, 0),
    ];

    private static AveragedPerceptron Train(int epochs)
    {
        var p = new AveragedPerceptron(Words.Length);
        Span<float> scores = stackalloc float[Words.Length];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int i = 0; i < 40; i++)
            {
                int word = (i * 7) % Words.Length;
                var f = Features(word, i % 5);
                p.Score(f, scores);
                int guess = 0;
                for (int c = 1; c < Words.Length; c++)
                {
                    guess = scores[c] > scores[guess] ? c : guess;
                }

                p.Update(f, word, guess);
            }
        }

        return p;
    }

    [Fact]
    public void AveragedModel_LearnsSeparableClasses()
    {
        var model = Train(5).Average();
        Span<float> scores = stackalloc float[Words.Length];
        for (int w = 0; w < Words.Length; w++)
        {
            model.Score(Features(w, 3), scores);
            Assert.Equal(w, model.Best(scores));
        }
    }

    [Fact]
    public void Training_IsDeterministic()
    {
        Assert.True(Train(3).Average().ContentEquals(Train(3).Average()));
    }

    [Fact]
    public void Average_WeighsEarlyAndLateWeightsByTheirLifetime()
    {
        var p = new AveragedPerceptron(2);
        ulong[] f = [42UL];
        p.Update(f, 1, 0); // step 1: w1 = +1, w0 = -1
        p.Update(f, 1, 1); // step 2: no change
        p.Update(f, 1, 1); // step 3
        p.Update(f, 1, 1); // step 4
        var m = p.Average();
        Span<float> s = stackalloc float[2];
        m.Score(f, s);
        // The weights were 0 while predicting instance 1 and +-1 for instances 2..4: the average is 3/4.
        Assert.Equal(0.75f, s[1], 5);
        Assert.Equal(-0.75f, s[0], 5);
    }

    [Fact]
    public void WriteRead_RoundTripsExactly()
    {
        var model = Train(4).Average();
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(w);
        }

        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        Assert.True(model.ContentEquals(PerceptronModel.Read(r)));
    }

    [Fact]
    public void Average_DropsFeaturesWhoseWeightsAreAllSmall()
    {
        var p = new AveragedPerceptron(2);
        ulong[] early = [1UL], late = [2UL];
        p.Update(early, 1, 0);
        for (int i = 0; i < 7; i++)
        {
            p.Update(early, 1, 1);
        }

        p.Update(late, 1, 0);
        p.Update(late, 1, 1);

        // Averaged weights: early +-0.9, late +-0.1.
        Assert.Equal(2, p.Average().FeatureCount);
        var m = p.Average(pruneFeaturesBelow: 0.5f);
        Assert.Equal(1, m.FeatureCount);
        Span<float> s = stackalloc float[2];
        m.Score(late, s);
        Assert.Equal(0f, s[1]);
        m.Score(early, s);
        Assert.True(s[1] > 0.5f);
    }

    [Fact]
    public void Model_KeepsWeightsAsHalfPrecision_AndFindsEveryFeatureOfALargeTable()
    {
        const int count = 5000;
        var keys = Enumerable.Range(1, count).Select(i => FeatureHash.Mix((ulong)i)).Order().ToArray();
        var starts = Enumerable.Range(0, count + 1).ToArray();
        var classes = Enumerable.Range(0, count).Select(i => (ushort)(i % 3)).ToArray();
        var weights = Enumerable.Range(0, count).Select(i => 0.1f + i).ToArray();
        var model = new PerceptronModel(3, keys, starts, classes, weights);
        Span<float> s = stackalloc float[3];
        for (int i = 0; i < count; i += 97)
        {
            model.Score([keys[i], FeatureHash.Mix(count + 1UL + (ulong)i)], s);
            Assert.Equal((float)(Half)weights[i], s[i % 3]);
            Assert.Equal(0f, s[(i + 1) % 3]);
        }
    }
}
