using System.Collections.Immutable;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// The output of running a pipeline over a gold file: the system CoNLL-U, its sentences, and the CPU time the
/// annotation took (one thread; process CPU time, so other processes on the machine do not count).
/// </summary>
public sealed record UdRun(string Conllu, ImmutableArray<Nlp.Conllu.ConlluSentence> Sentences, int Tokens, TimeSpan CpuTime)
{
    /// <summary>Tokens annotated per CPU second.</summary>
    public double TokensPerSecond => Tokens / Math.Max(CpuTime.TotalSeconds, 1e-9);
}
