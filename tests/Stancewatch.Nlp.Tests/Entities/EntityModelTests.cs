using System.Collections.Immutable;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Entities;
using Stancewatch.Nlp.Models;
using Stancewatch.Testing;
using Stancewatch.Tests.Entities;
using Stancewatch.Training.Entities;

namespace Stancewatch.Nlp.Tests.Entities;

public sealed class EntityModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sw-ner-" + Guid.NewGuid().ToString("N"));

    private static readonly NerSentence[] Toy = ToyEntityCorpus.Sentences;

    private static readonly WordLexicon ProperNouns = ToyEntityCorpus.ProperNouns;

    private static EntityModel Train(int seed = 3) =>
        new NerTrainer(NerTrainerOptions.Default with { Epochs = 6, Seed = seed }).Train(Toy, [], ProperNouns).Model;

    [Fact]
    public void Train_SameSeedAndData_GiveTheSameModel() =>
        Assert.True(Train().ContentEquals(Train()));

    [Fact]
    public void Train_LearnsTheTrainingSentences()
    {
        var model = Train();
        Assert.Equal(Toy[1].Entities, model.Predict(Toy[1].Forms));
        Assert.Equal(Toy[4].Entities, model.Predict(Toy[4].Forms));
    }

    [Fact]
    public void SaveLoad_GivesAnEqualModel()
    {
        var model = Train();
        var card = new ModelCard { Name = "ner", Kind = "", FormatVersion = 0, Labels = [], Seed = 3 };
        var saved = EntityModelFormat.Save(_dir, model, card);
        Assert.Equal(model.Scheme.Tags, saved.Labels);
        var (loadedCard, loaded) = EntityModelFormat.Load(_dir);
        Assert.Equal(EntityModelFormat.Kind, loadedCard.Kind);
        Assert.True(model.ContentEquals(loaded));
        Assert.Equal(model.Predict(Toy[1].Forms), loaded.Predict(Toy[1].Forms));
    }

    [Fact]
    public void Load_MissingDirectory_ThrowsModelLoadException() =>
        Assert.Throws<ModelLoadException>(() => EntityModelFormat.Load(_dir));

    [Fact]
    public void Recognizer_OffsetsMentionsBySentence()
    {
        var model = Train();
        string text = "Karl Nyman works for Orbis Bank in Porto . Anna Berg visited Lisbon on Monday .";
        var starts = ImmutableArray.CreateBuilder<int>();
        var ends = ImmutableArray.CreateBuilder<int>();
        int pos = 0;
        foreach (var w in text.Split(' '))
        {
            starts.Add(pos);
            ends.Add(pos + w.Length);
            pos += w.Length + 1;
        }

        var doc = AnnotatedDocument.FromText("d", text).WithTokens(starts.ToImmutable(), ends.ToImmutable()).WithSentences([0, 9]);
        var annotated = new EntityRecognizer(model).Annotate(doc);
        Assert.True(annotated.Has(AnnotationLayers.Entities));
        Assert.Contains(new EntityMention(9, 11, "PER"), annotated.Entities);
        Assert.Contains(new EntityMention(12, 13, "LOC"), annotated.Entities);
    }

    [Fact]
    public void Recognizer_WithoutSentences_Throws()
    {
        var doc = AnnotatedDocument.FromText("d", "Hi").WithTokens([0], [2]);
        Assert.Throws<ArgumentException>(() => new EntityRecognizer(Train()).Annotate(doc));
    }

    [Fact]
    public void Train_OnAGumSlice_IsDeterministic()
    {
        string path = SharedData.Require("ud/en_gum-ud-dev.permissive.conllu");
        var slice = GumEntityReader.ReadFile(path).Take(200).ToList();
        EntityModel Run() => new NerTrainer(NerTrainerOptions.Default with { Epochs = 2 }).Train(slice, slice.Take(50).ToList(), ProperNouns).Model;
        Assert.True(Run().ContentEquals(Run()));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
