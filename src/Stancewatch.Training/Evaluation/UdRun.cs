using System.Collections.Immutable;

namespace Stancewatch.Training.Evaluation;

/// <summary>The output of running a pipeline over a gold file: the system CoNLL-U, its sentences, and the speed.</summary>
public sealed record UdRun(string Conllu, ImmutableArray<Nlp.Conllu.ConlluSentence> Sentences, int Tokens, TimeSpan Elapsed)
{
    /// <summary>Tokens annotated per second.</summary>
    public double TokensPerSecond => Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
