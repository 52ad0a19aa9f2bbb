using System.Diagnostics;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Training.Evaluation;

/// <summary>
/// Runs a pipeline over the documents of a gold CoNLL-U file, on its raw text, its gold tokens and sentences, or its
/// gold tags too (<see cref="UdInput"/>), and returns the system output as CoNLL-U for <see cref="UdEvaluator"/>.
/// </summary>
public sealed class UdRunner
{
    /// <summary>Annotates the gold documents with <paramref name="pipeline"/> on one thread, measuring the CPU time it takes.</summary>
    /// <param name="pipeline">The pipeline; it must produce what <paramref name="input"/> leaves out.</param>
    /// <param name="gold">Gold sentences.</param>
    /// <param name="name">Name used for document ids without <c># newdoc id</c>.</param>
    /// <param name="input">What the pipeline starts from.</param>
    /// <param name="warmUp">Annotate everything three times untimed first, then report the best of three timed passes.</param>
    public UdRun Run(Pipeline pipeline, IReadOnlyList<ConlluSentence> gold, string name, UdInput input, bool warmUp = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var goldDocs = ConlluDocumentReader.ToDocuments(gold, name, GoldLayers(input));
        var inputs = input == UdInput.RawText ? goldDocs.Select(d => AnnotatedDocument.FromText(d.Id, d.Text)).ToList() : goldDocs;
        // Tiered JIT promotes hot methods only after some calls and a delay; three passes reach steady state.
        for (int pass = 0; warmUp && pass < 3; pass++)
        {
            pipeline.AnnotateAll(inputs, 1);
        }

        // CPU time of the process, not wall time: on a shared machine the wall clock mostly measures the neighbours.
        // With warm-up, the best of three timed passes is reported.
        var process = Process.GetCurrentProcess();
        IReadOnlyList<AnnotatedDocument> annotated = [];
        var cpu = TimeSpan.MaxValue;
        for (int pass = 0; pass < (warmUp ? 3 : 1); pass++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            annotated = pipeline.AnnotateAll(inputs, 1);
            process.Refresh();
            var elapsed = process.TotalProcessorTime - cpuBefore;
            cpu = elapsed < cpu ? elapsed : cpu;
        }

        string conllu = ConlluWriter.ToConllu(annotated);
        var sentences = ConlluReader.Read(new StringReader(conllu), "system").ToList();
        return new UdRun(conllu, [.. sentences], annotated.Sum(d => d.TokenCount), cpu);
    }

    /// <summary>The layers a run on <paramref name="input"/> takes from the gold file.</summary>
    public static AnnotationLayers GoldLayers(UdInput input) => input switch
    {
        UdInput.GoldTags => AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Tags | AnnotationLayers.Lemmas,
        _ => AnnotationLayers.Tokens | AnnotationLayers.Sentences,
    };
}
