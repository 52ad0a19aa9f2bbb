using System.Collections.Frozen;

namespace Stancewatch.Nlp.Tagging;

/// <summary>
/// How training tags become <see cref="PerceptronTagger"/> classes. The tagger leaves out what a left-to-right
/// tagger cannot see or what only multiplies classes: the non-universal features Typo, ExtPos, Style and NumForm,
/// and the subject-agreement features Number and Person of past and non-third-person present verbs (VBD, VBP),
/// which <see cref="VerbAgreement"/> restores from the parsed subject.
/// </summary>
public static class TagClasses
{
    private static readonly FrozenSet<string> Dropped = new[] { "Typo", "ExtPos", "Style", "NumForm" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for the XPOS tags whose Number and Person come from the subject.</summary>
    public static bool TakesAgreement(string xpos) => xpos is "VBD" or "VBP";

    /// <summary>The FEATS value the tagger learns for a word with <paramref name="xpos"/> and gold <paramref name="feats"/>.</summary>
    public static string ClassFeats(string xpos, string feats)
    {
        ArgumentNullException.ThrowIfNull(feats);
        if (feats == "_")
        {
            return feats;
        }

        bool agreement = TakesAgreement(xpos) && feats.Contains("VerbForm=Fin", StringComparison.Ordinal);
        var kept = feats.Split('|').Where(f =>
        {
            string name = f.Split('=')[0];
            return !Dropped.Contains(name) && !(agreement && name is "Number" or "Person");
        }).ToArray();
        return kept.Length == 0 ? "_" : string.Join('|', kept);
    }
}
