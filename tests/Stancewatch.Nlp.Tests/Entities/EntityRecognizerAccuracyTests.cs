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
        // Card: micro 67.39, LOC 73.80, ORG 44.87, PER 76.07.
        Assert.True(score.Micro.F1 >= 0.66, $"micro F1 {score.Micro.F1:F4} fell under 0.66");
        Assert.True(score.ByType.Single(t => t.Label == "LOC").F1 >= 0.72, "LOC F1 fell under 0.72");
        Assert.True(score.ByType.Single(t => t.Label == "ORG").F1 >= 0.43, "ORG F1 fell under 0.43");
        Assert.True(score.ByType.Single(t => t.Label == "PER").F1 >= 0.74, "PER F1 fell under 0.74");
    }
}
