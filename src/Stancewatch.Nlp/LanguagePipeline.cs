using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Models;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Nlp.Tokenization;

namespace Stancewatch.Nlp;

/// <summary>
/// The English language pipeline built from the committed models: tokenizer and sentence splitter (from
/// models/tokenizer), tagger, <see cref="PastFormRepair"/>, lemmatizer, parser, the <see cref="ParseRepairs"/> and <see cref="VerbAgreement"/>
/// (verb Number/Person from the subject). Load it once and share it: every component is immutable
/// and thread-safe. <see cref="Full"/> annotates raw text; <see cref="FromTokens"/> annotates documents that
/// already have tokens and sentences (e.g. CoNLL-U input).
/// </summary>
public sealed class LanguagePipeline
{
    /// <summary>Environment variable that names the models directory.</summary>
    public const string ModelsVariable = "STANCEWATCH_MODELS";

    private LanguagePipeline(string directory, TokenizerLexicon lexicon, PerceptronTagger tagger, EditRuleLemmatizer lemmatizer, ArcHybridParser parser)
    {
        Directory = directory;
        Tokenizer = new Tokenizer(lexicon);
        SentenceSplitter = SentenceSplitter.Load(directory, lexicon);
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        var agreement = new VerbAgreement();
        var pastForm = new PastFormRepair();
        FromTokens = new PipelineBuilder(AnnotationLayers.Tokens | AnnotationLayers.Sentences).Add(tagger).Add(pastForm).Add(lemmatizer).Add(parser).AddRange(ParseRepairs.Annotators).Add(agreement).Build();
        FromTags = new PipelineBuilder(AnnotationLayers.Tokens | AnnotationLayers.Sentences | AnnotationLayers.Tags | AnnotationLayers.Lemmas).Add(parser).AddRange(ParseRepairs.Annotators).Build();
        Full = new PipelineBuilder().Add(Tokenizer).Add(SentenceSplitter).Add(tagger).Add(pastForm).Add(lemmatizer).Add(parser).AddRange(ParseRepairs.Annotators).Add(agreement).Build();
    }

    /// <summary>The models directory the pipeline was loaded from.</summary>
    public string Directory { get; }

    public Tokenizer Tokenizer { get; }

    public SentenceSplitter SentenceSplitter { get; }

    public PerceptronTagger Tagger { get; }

    public EditRuleLemmatizer Lemmatizer { get; }

    public ArcHybridParser Parser { get; }

    /// <summary>Tokenizer, sentence splitter, tagger, past-form repair, lemmatizer, parser, clause and argument repairs, verb agreement.</summary>
    public Pipeline Full { get; }

    /// <summary>Tagger, past-form repair, lemmatizer, parser, clause and argument repairs, verb agreement: for documents that already have tokens and sentences.</summary>
    public Pipeline FromTokens { get; }

    /// <summary>
    /// Parser and the clause and argument repairs only: for documents that already have tags and lemmas, such as a treebank's gold
    /// annotation when the parser is measured on its own.
    /// </summary>
    public Pipeline FromTags { get; }

    /// <summary>Annotates a text with the full pipeline.</summary>
    public AnnotatedDocument Annotate(string id, string text) => Full.Annotate(AnnotatedDocument.FromText(id, text));

    /// <summary>Loads every model from <paramref name="modelsDirectory"/>, or from <see cref="FindModelsDirectory"/> when null.</summary>
    /// <exception cref="ModelLoadException">A model is missing, corrupt or of another version.</exception>
    /// <exception cref="DirectoryNotFoundException">No models directory was found.</exception>
    public static LanguagePipeline Load(string? modelsDirectory = null)
    {
        string dir = modelsDirectory ?? FindModelsDirectory();
        if (!System.IO.Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"{dir}: models directory not found");
        }

        return new LanguagePipeline(
            dir,
            TokenizerLexicon.Load(Path.Combine(dir, TokenizerLexicon.ModelName)),
            PerceptronTagger.Load(Path.Combine(dir, "tagger")),
            EditRuleLemmatizer.Load(Path.Combine(dir, "lemmatizer")),
            ArcHybridParser.Load(Path.Combine(dir, "parser")));
    }

    /// <summary>
    /// The models directory: $STANCEWATCH_MODELS; else models/ beside the executable (the CLI copies it there);
    /// else the first models/ holding a tagger at or above the working directory or the executable.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">None was found.</exception>
    public static string FindModelsDirectory()
    {
        string? env = Environment.GetEnvironmentVariable(ModelsVariable);
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "models");
                if (File.Exists(Path.Combine(candidate, "tagger", ModelDirectory.CardFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"no models/ directory with a tagger found beside {AppContext.BaseDirectory} or above {Environment.CurrentDirectory} (set {ModelsVariable} or pass --models)");
    }
}
