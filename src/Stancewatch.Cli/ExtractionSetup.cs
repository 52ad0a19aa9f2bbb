using Stancewatch.Nlp.Lemmatization;
using Stancewatch.Nlp.Parsing;
using Stancewatch.Nlp.Tagging;
using Stancewatch.Nlp.Tokenization;
using Stancewatch.Cli.Commands;
using Stancewatch.Extraction.Lexicons;
using Stancewatch.Nlp;

namespace Stancewatch.Cli;

/// <summary>
/// Composes what the extraction commands run: the event lexicon (ours, widened with PETRARCH's CAMEO verb dictionary
/// from ../shared when present) and the language pipeline from models/ (tokenizer, sentence splitter, tagger,
/// lemmatizer, dependency parser).
/// </summary>
public static class ExtractionSetup
{
    /// <summary>The CAMEO → PLOVER table from ../shared/eval, or null when ../shared is absent.</summary>
    public static CameoPloverTable? CameoTable()
    {
        string path = Path.Combine(RepositoryPaths.Shared(), "eval", "CAMEO2PLOVER-2021.txt");
        return File.Exists(path) ? CameoPloverTable.ReadFile(path) : null;
    }

    /// <summary>The lexicon; with <paramref name="importCameo"/> the CAMEO verb dictionary widens the verb patterns; <paramref name="note"/> says what was loaded.</summary>
    public static EventLexicon Lexicon(bool importCameo, out string note)
    {
        var lexicon = EventLexiconReader.LoadDefault();
        note = $"lexicon: {lexicon.Verbs.Count} verbs, {lexicon.Nouns.Count} nouns";
        if (!importCameo)
        {
            return lexicon;
        }

        string dictionary = Path.Combine(RepositoryPaths.Shared(), "dictionaries", "CAMEO.2.0.txt");
        var table = CameoTable();
        if (table is null || !File.Exists(dictionary))
        {
            note += " (CAMEO dictionary not found in ../shared: not widened)";
            return lexicon;
        }

        var imported = CameoVerbDictionaryReader.ReadFile(dictionary, table);
        var widened = lexicon.WithImportedVerbs(imported);
        note = $"lexicon: {widened.Verbs.Count} verbs ({widened.Verbs.Count - lexicon.Verbs.Count} from CAMEO.2.0.txt), {widened.Nouns.Count} nouns";
        return widened;
    }

    /// <summary>
    /// Tokenizer, sentence splitter, tagger, lemmatizer, parser and verb agreement from <paramref name="models"/>
    /// (default: the repository's models/).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The models directory is missing.</exception>
    /// <exception cref="Stancewatch.Nlp.Models.ModelLoadException">A model is missing or does not load (names it).</exception>
    public static Pipeline LanguagePipeline(DirectoryInfo? models) =>
        Stancewatch.Nlp.LanguagePipeline.Load(UdPipelines.ModelsDirectory(models)).Full;
}
