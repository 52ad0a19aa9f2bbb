using System.Diagnostics;
using System.Globalization;
using Stancewatch.Extraction;
using Stancewatch.Extraction.Actors;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;

namespace Stancewatch.Benchmarks;

/// <summary>
/// Tokens per CPU second of each language-pipeline stage, of the whole pipeline, and of <c>stancewatch code</c>'s
/// work (the pipeline, mention resolution, statements and events), on one thread, over the first 1,000 EWT dev
/// sentences; plus the managed memory the loaded models hold:
/// <c>dotnet run -c Release --project bench/Stancewatch.Benchmarks -- stages [repetitions]</c>.
/// CPU time (not wall time) is reported because the machine is shared.
/// </summary>
public static class StageThroughputRun
{
    /// <summary>Loads the models, then times each stage <paramref name="repetitions"/> times and prints the best.</summary>
    public static void Run(int repetitions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        long before = ManagedBytes();
        var pipeline = BenchmarkInputs.Pipeline();
        long models = ManagedBytes() - before;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"models: {models / 1048576.0:0.0} MB managed memory after loading"));

        var sentences = BenchmarkInputs.DevSentences();
        var raw = AnnotatedDocument.FromText("bench", ConlluDocumentReader.RawText(sentences));
        var tokenized = BenchmarkInputs.Tokenized(sentences);
        var tagged = pipeline.Tagger.Annotate(tokenized);
        var lemmatized = pipeline.Lemmatizer.Annotate(tagged);
        var split = pipeline.SentenceSplitter.Annotate(pipeline.Tokenizer.Annotate(raw));
        int tokens = tokenized.TokenCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"input: {sentences.Count} sentences, {tokens} gold tokens, {split.TokenCount} tokens from raw text"));

        Time("tokenizer", split.TokenCount, () => pipeline.Tokenizer.Annotate(raw));
        Time("sentence splitter", split.TokenCount, () => pipeline.SentenceSplitter.Annotate(pipeline.Tokenizer.Annotate(raw)), () => pipeline.Tokenizer.Annotate(raw));
        Time("tagger", tokens, () => pipeline.Tagger.Annotate(tokenized));
        Time("lemmatizer", tokens, () => pipeline.Lemmatizer.Annotate(tagged));
        Time("parser", tokens, () => pipeline.Parser.Annotate(lemmatized));
        Time("pipeline from gold tokens", tokens, () => pipeline.FromTokens.Annotate(tokenized));
        Time("full pipeline from raw text", split.TokenCount, () => pipeline.Full.Annotate(raw));

        var extractor = new Extractor(
            new MentionResolver(new ActorRegistryLoader().Load(Path.Combine(BenchmarkInputs.RepositoryRoot(), "data", "actors"))),
            EventLexiconReader.LoadDefault());
        var context = new ExtractionContext("bench", new DateOnly(2022, 3, 1), null);
        Time("code (pipeline and extraction) from raw text", split.TokenCount, () =>
        {
            var parsed = pipeline.Full.Annotate(raw);
            extractor.Extract(parsed, context);
            return parsed;
        });
        GC.KeepAlive(pipeline);

        void Time(string stage, int count, Func<AnnotatedDocument> work, Func<AnnotatedDocument>? subtract = null)
        {
            double best = Best(work) - (subtract is null ? 0 : Best(subtract));
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            work();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage}: {best * 1000:0.0} ms CPU = {count / best:0} tokens/s per core; {(double)allocated / count:0} bytes allocated per token"));
        }

        double Best(Func<AnnotatedDocument> work)
        {
            work();
            double best = double.MaxValue;
            for (int i = 0; i < repetitions; i++)
            {
                var process = Process.GetCurrentProcess();
                TimeSpan cpu = process.TotalProcessorTime;
                work();
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - cpu).TotalSeconds);
            }

            return best;
        }
    }

    private static long ManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
