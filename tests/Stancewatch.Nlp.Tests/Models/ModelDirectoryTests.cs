using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Tests.Models;

public sealed class ModelDirectoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sw-model-" + Guid.NewGuid().ToString("N"));

    private static ModelCard Card() => new()
    {
        Name = "toy",
        Kind = "ToyModel",
        FormatVersion = 3,
        Labels = ["A", "B"],
        Seed = 7,
    };

    private static PerceptronModel Toy()
    {
        var p = new AveragedPerceptron(2);
        p.Update([1UL, 2UL], 0, 1);
        p.Update([2UL, 3UL], 1, 0);
        return p.Average();
    }

    private string Save() =>
        ModelDirectory.Save(_dir, Card(), w => Toy().Write(w)).WeightsSha256;

    [Fact]
    public void SaveLoad_GivesEqualModel()
    {
        Save();
        var (card, model) = ModelDirectory.Load(_dir, "ToyModel", 3, (r, _) => PerceptronModel.Read(r));
        Assert.Equal(["A", "B"], card.Labels);
        Assert.True(Toy().ContentEquals(model));
    }

    [Fact]
    public void Load_WrongVersion_NamesExpectedAndFound()
    {
        Save();
        var e = Assert.Throws<ModelLoadException>(() => ModelDirectory.Load(_dir, "ToyModel", 4, (r, _) => PerceptronModel.Read(r)));
        Assert.Equal("4", e.Expected);
        Assert.Equal("3", e.Found);
        Assert.EndsWith(ModelDirectory.CardFile, e.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorruptWeights_FailsOnChecksum()
    {
        Save();
        string path = Path.Combine(_dir, ModelDirectory.WeightsFile);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ModelLoadException>(() => ModelDirectory.Load(_dir, "ToyModel", 3, (r, _) => PerceptronModel.Read(r)));
        Assert.Contains("SHA-256", e.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LabelsChangedInCard_NamesTheLabel()
    {
        Save();
        string cardPath = Path.Combine(_dir, ModelDirectory.CardFile);
        File.WriteAllText(cardPath, File.ReadAllText(cardPath).Replace("\"B\"", "\"C\"", StringComparison.Ordinal));
        var e = Assert.Throws<ModelLoadException>(() => ModelDirectory.Load(_dir, "ToyModel", 3, (r, _) => PerceptronModel.Read(r)));
        Assert.Equal("label 1", e.Field);
        Assert.Equal("C", e.Expected);
        Assert.Equal("B", e.Found);
    }

    [Fact]
    public void Load_MissingDirectory_Throws()
    {
        var e = Assert.Throws<ModelLoadException>(() => ModelDirectory.Load(_dir, "ToyModel", 3, (r, _) => PerceptronModel.Read(r)));
        Assert.Equal("no such file", e.Found);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
