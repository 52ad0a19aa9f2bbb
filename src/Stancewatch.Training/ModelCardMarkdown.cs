using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Stancewatch.Nlp.Models;

namespace Stancewatch.Training;

/// <summary>Renders a model card as MODEL.md: data and licences, method, scores, training time, size and command.</summary>
public static class ModelCardMarkdown
{
    /// <summary>The MODEL.md text.</summary>
    public static string Render(ModelCard card, string method, ImmutableArray<string> epochLog)
    {
        ArgumentNullException.ThrowIfNull(card);
        var b = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        b.Append(c, $"# {card.Name} ({card.Kind}, format {card.FormatVersion})\n\n");
        b.Append("Trained by Stancewatch from Universal Dependencies English treebanks. The weights are our own work; the\n");
        b.Append("treebank text is not included in this repository.\n\n");
        b.Append("## Data and licences\n\n");
        b.Append("| file | role | sentences | words | SHA-256 |\n|---|---|---|---|---|\n");
        foreach (var f in card.TrainingFiles)
        {
            b.Append(c, $"| {f.Path} | {f.Role} | {f.Sentences:N0} | {f.Words:N0} | `{f.Sha256[..16]}…` |\n");
        }

        b.Append("""

            - **UD English-EWT** (Silveira et al. 2014; Universal Dependencies), CC BY-SA 4.0. Rebuilt from the
              treebank's development branch after v2.15.
            - **UD English-GUM** (Zeldes 2017, "The GUM corpus: creating multilayer resources in the classroom"),
              only the genres whose source texts are CC BY or public domain (news, interview, bio, voyage, textbook,
              speech, vlog, conversation); the treebank as a whole is CC BY-NC-SA 4.0.
            - The test sets were never used for training or model selection; they are reported only.


            """);
        b.Append(method.TrimEnd()).Append("\n\n");
        b.Append("## Scores\n\nCoNLL 2018 shared-task metrics on gold tokenization, percentages. `dev` chose the epoch; `test` is reported only.\n\n");
        b.Append("| metric | value |\n|---|---|\n");
        foreach (var (name, value) in card.Metrics)
        {
            b.Append(c, $"| {name} | {value:F2} |\n");
        }

        AppendTraining(b, card, "on a shared 2-core machine (other jobs running)", epochLog);
        return b.ToString();
    }

    /// <summary>Appends the sections every model card shares: command, seed, time, size, hyperparameters and the epoch log.</summary>
    public static void AppendTraining(StringBuilder b, ModelCard card, string timeNote, IEnumerable<string> epochLog)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(card);
        var c = CultureInfo.InvariantCulture;
        b.Append("\n## Training\n\n");
        b.Append(c, $"- Command: `{card.TrainingCommand}`\n");
        b.Append(c, $"- Seed {card.Seed}; same seed and data give the same weights.\n");
        b.Append(c, $"- Training time: {card.TrainingSeconds:F0} s wall clock {timeNote}.\n");
        b.Append(c, $"- weights.bin: {card.WeightsBytes / 1048576.0:F1} MB, SHA-256 `{card.WeightsSha256}`.\n");
        b.Append(c, $"- Created {card.Created:yyyy-MM-dd HH:mm} UTC{(card.CodeCommit is null ? "" : ", code commit " + card.CodeCommit)}.\n");
        b.Append("- Hyperparameters:\n");
        foreach (var (k, v) in card.Hyperparameters)
        {
            b.Append(c, $"  - {k}: {v}\n");
        }

        b.Append("\n## Epochs\n\n```\n");
        foreach (var line in epochLog)
        {
            b.Append(line).Append('\n');
        }

        b.Append("```\n");
    }
}
