using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Stancewatch.Nlp;
using Stancewatch.Nlp.Conllu;
using Stancewatch.Nlp.Models;
using Stancewatch.Text;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// <c>stancewatch parse</c>: tokenizes, splits, tags, lemmatizes and parses text files or standard input and
/// prints CoNLL-U, JSON or an indented text view. <c>--input-conllu</c> keeps the tokens and sentences of CoNLL-U input.
/// </summary>
public static class ParseCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Text files to parse, or - for standard input (the default)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu", "json", "text");
        var inputConllu = new Option<bool>("--input-conllu") { Description = "Inputs are CoNLL-U: keep their tokens and sentences, re-annotate tags, lemmas and dependencies" };
        var models = new Option<string?>("--models") { Description = "Models directory (default: models/ beside the executable or in the repository)" };
        var stats = new Option<bool>("--stats") { Description = "Print tokens, sentences, wall and CPU time and tokens per second (one thread) to standard error" };
        var command = new Command("parse", "Annotate text with the language pipeline (tokens, sentences, UPOS/XPOS/features, lemmas, dependencies).\nExample: echo \"Kazakhstan's president did not recognise the republics.\" | stancewatch parse - --format text")
        {
            inputs, format, inputConllu, models, stats,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(inputs) is { Length: > 0 } given ? given : ["-"],
            parseResult.GetValue(format) ?? "conllu",
            parseResult.GetValue(inputConllu),
            parseResult.GetValue(models),
            parseResult.GetValue(stats)));
        return command;
    }

    private static int Run(string[] inputs, string format, bool inputConllu, string? modelsDirectory, bool stats)
    {
        LanguagePipeline pipeline;
        try
        {
            pipeline = LanguagePipeline.Load(modelsDirectory);
        }
        catch (Exception e) when (e is ModelLoadException or IOException)
        {
            Console.Error.WriteLine($"cannot load the language models: {e.Message}");
            return 2;
        }

        int failed = 0;
        long tokens = 0, sentences = 0;
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
        foreach (string input in inputs)
        {
            IReadOnlyList<AnnotatedDocument> documents;
            try
            {
                string name = input == "-" ? "stdin" : Path.GetFileName(input);
                string content = input == "-" ? Console.In.ReadToEnd() : File.ReadAllText(input);
                IReadOnlyList<AnnotatedDocument> prepared = inputConllu
                    ? ConlluDocumentReader.ToDocuments([.. ConlluReader.Read(new StringReader(content), input)], name, AnnotationLayers.Tokens | AnnotationLayers.Sentences)
                    : [AnnotatedDocument.FromText(DocumentId.FromText(content), content)];
                var process = System.Diagnostics.Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var run = inputConllu ? pipeline.FromTokens : pipeline.Full;
                documents = [.. prepared.Select(run.Annotate)];
                wall += watch.Elapsed;
                process.Refresh();
                cpu += process.TotalProcessorTime - cpuBefore;
                tokens += documents.Sum(d => d.TokenCount);
                sentences += documents.Sum(d => d.SentenceCount);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"{input}: {e.Message}");
                failed++;
                continue;
            }

            foreach (var document in documents)
            {
                switch (format)
                {
                    case "json":
                        stdout.WriteLine(JsonSerializer.Serialize(ToJson(document), Json));
                        break;
                    case "text":
                        WriteText(stdout, document);
                        break;
                    default:
                        ConlluWriter.Write(stdout, document);
                        break;
                }
            }
        }

        stdout.Flush();
        if (stats)
        {
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{tokens} tokens, {sentences} sentences; one thread: {wall.TotalSeconds:F2} s wall ({tokens / Math.Max(1e-9, wall.TotalSeconds):F0} tokens/s), {cpu.TotalSeconds:F2} s CPU ({tokens / Math.Max(1e-9, cpu.TotalSeconds):F0} tokens per CPU second)"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static object ToJson(AnnotatedDocument d) => new
    {
        id = d.Id,
        sentences = d.Sentences().Select(s => new
        {
            start = s.Start,
            end = s.End,
            text = s.Text,
            tokens = s.Tokens().Select(t => new
            {
                index = t.Index,
                form = t.Form,
                start = t.Start,
                end = t.End,
                lemma = t.Lemma,
                upos = t.Upos,
                xpos = t.Xpos,
                feats = t.Feats,
                head = d.Heads[t.Index],
                deprel = t.Deprel,
            }),
        }),
    };

    private static void WriteText(TextWriter w, AnnotatedDocument d)
    {
        foreach (var s in d.Sentences())
        {
            w.WriteLine(s.Text);
            foreach (var t in s.Tokens())
            {
                int head = d.Heads[t.Index];
                string headText = head < 0 ? "ROOT" : string.Create(CultureInfo.InvariantCulture, $"{head - s.FirstToken + 1}:{d.Forms[head]}");
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Index - s.FirstToken + 1,3} {t.Form,-16} {t.Lemma,-14} {t.Upos,-6} {t.Xpos,-5} {t.Deprel,-12} {headText}"));
            }

            w.WriteLine();
        }
    }
}
