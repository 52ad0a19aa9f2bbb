using Stancewatch.Nlp.Entities;
using Stancewatch.Testing;
using Stancewatch.Training.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

/// <summary>The committed models/ner on Universal NER EWT test; floors a little under the model card's figures.</summary>
[Trait("Category", "ModelAccuracy")]
public sealed class EntityRecognizerAccuracyTests
{
    [Fact]
    public void CommittedModel_OnUnerTest_KeepsItsScore()
    {
        string gold = SharedData.Require("ner/uner_en_ewt-test.iob2");
        string dir = Path.Combine(SharedData.RepositoryRoot, "models", "ner");
        Assert.SkipUnless(File.Exists(Path.Combine(dir, "model.json")), $"{dir} has no trained model (stancewatch train --only ner)");
        var model = EntityModelFormat.Load(dir).Model;
        var score = NerTrainingRun.Evaluate(model, Iob2Reader.ReadFile(gold));
        Assert.True(score.Micro.F1 >= 0.58, $"micro F1 {score.Micro.F1:F4} fell under 0.58");
        Assert.True(score.ByType.Single(t => t.Label == "LOC").F1 >= 0.62, "LOC F1 fell under 0.62");
        Assert.True(score.ByType.Single(t => t.Label == "PER").F1 >= 0.60, "PER F1 fell under 0.60");
    }
}
