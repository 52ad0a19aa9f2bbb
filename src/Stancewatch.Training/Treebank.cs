using System.Collections.Immutable;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Training;

/// <summary>A named CoNLL-U file loaded as gold sentences, with the record the model card keeps of it.</summary>
public sealed record Treebank(string Name, string Path, ImmutableArray<TreebankSentence> Sentences)
{
    /// <summary>Number of words.</summary>
    public int WordCount => Sentences.Sum(s => s.Count);

    /// <summary>Reads a CoNLL-U file.</summary>
    public static Treebank Load(string name, string path) =>
        new(name, path, [.. ConlluReader.ReadFile(path).Select(TreebankSentence.From)]);

    /// <summary>The model-card entry for this file.</summary>
    public TrainingFile Describe(string role) =>
        new(System.IO.Path.GetFileName(Path), role, ModelDirectory.Sha256Of(Path), Sentences.Length, WordCount);
}
