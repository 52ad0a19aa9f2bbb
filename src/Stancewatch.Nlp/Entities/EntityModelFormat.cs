using Stancewatch.Nlp.Learning;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Nlp.Entities;

/// <summary>
/// Saves and loads an <see cref="EntityModel"/> as a model directory (<see cref="ModelDirectory"/>: model.json and
/// weights.bin). Payload: entity types, whether tags are used, the proper-noun, gazetteer and cluster lexicons, the
/// known names, the transition matrix, then the perceptron weights. The card's labels are the BILOU tags, checked on load.
/// </summary>
public static class EntityModelFormat
{
    /// <summary>Component kind recorded in the card.</summary>
    public const string Kind = "EntityRecognizer";

    /// <summary>Version of the payload layout.</summary>
    public const int Version = 2;

    /// <summary>Writes <paramref name="model"/> with <paramref name="card"/> (kind, version and labels are set here); returns the saved card.</summary>
    public static ModelCard Save(string directory, EntityModel model, ModelCard card)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(card);
        var full = card with { Kind = Kind, FormatVersion = Version, Labels = model.Scheme.Tags };
        return ModelDirectory.Save(directory, full, w => Write(w, model));
    }

    /// <summary>Loads a model directory.</summary>
    /// <exception cref="ModelLoadException">The directory is missing, corrupt, or of another kind, version or tag set.</exception>
    public static (ModelCard Card, EntityModel Model) Load(string directory) =>
        ModelDirectory.Load(directory, Kind, Version, (reader, card) =>
        {
            var model = Read(reader);
            ModelDirectory.CheckLabels(Path.Combine(directory, ModelDirectory.WeightsFile), card.Labels, model.Scheme.Tags);
            return model;
        });

    private static void Write(BinaryWriter w, EntityModel model)
    {
        w.Write(model.Scheme.Types.Length);
        foreach (var t in model.Scheme.Types)
        {
            w.Write(t);
        }

        w.Write(model.UseTags);
        WriteLexicon(w, model.ProperNouns);
        WriteLexicon(w, model.Gazetteer);
        WriteEntries(w, model.Clusters.Entries);
        WriteEntries(w, model.Names.Entries);
        w.Write(model.Transitions.Length);
        foreach (float f in model.Transitions)
        {
            w.Write(f);
        }

        model.Weights.Write(w);
    }

    private static EntityModel Read(BinaryReader r)
    {
        int typeCount = r.ReadInt32();
        if (typeCount is < 1 or > 1000)
        {
            throw new InvalidDataException($"bad entity type count {typeCount}");
        }

        var types = new string[typeCount];
        for (int i = 0; i < typeCount; i++)
        {
            types[i] = r.ReadString();
        }

        bool useTags = r.ReadBoolean();
        var properNouns = ReadLexicon(r);
        var gazetteer = ReadLexicon(r);
        var clusters = new WordLexicon(ReadEntries(r));
        var names = new PhraseLexicon(ReadEntries(r));
        int n = r.ReadInt32();
        if (n is < 0 or > 1_000_000)
        {
            throw new InvalidDataException($"bad transition count {n}");
        }

        var transitions = new float[n];
        for (int i = 0; i < n; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        var weights = PerceptronModel.Read(r);
        try
        {
            return new EntityModel(new BilouScheme(types), properNouns, gazetteer, useTags, weights, transitions, clusters, names);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static void WriteLexicon(BinaryWriter w, WordLexicon lexicon) => WriteEntries(w, lexicon.Entries);

    private static void WriteEntries(BinaryWriter w, IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        w.Write(entries.Count);
        foreach (var (key, value) in entries)
        {
            w.Write(key);
            w.Write(value);
        }
    }

    private static WordLexicon ReadLexicon(BinaryReader r) => new(ReadEntries(r));

    private static KeyValuePair<string, string>[] ReadEntries(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0)
        {
            throw new InvalidDataException($"bad lexicon size {n}");
        }

        var entries = new KeyValuePair<string, string>[n];
        for (int i = 0; i < n; i++)
        {
            entries[i] = KeyValuePair.Create(r.ReadString(), r.ReadString());
        }

        return entries;
    }
}
