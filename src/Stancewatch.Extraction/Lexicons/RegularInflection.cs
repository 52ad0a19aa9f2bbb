namespace Stancewatch.Extraction.Lexicons;

/// <summary>
/// Candidate base forms of a regularly inflected English verb or noun ("extradited" → "extradite", "stopped" →
/// "stop", "shelling" → "shell", "talks" → "talk"). The lexicon tries them only when the lemmatizer's lemma has no
/// pattern, so that a lemmatizer slip ("extradit") does not hide a known event word.
/// </summary>
public static class RegularInflection
{
    /// <summary>Base forms <paramref name="form"/> may inflect, most likely first; none for short or uninflected words.</summary>
    public static IEnumerable<string> BaseForms(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string w = form.ToLowerInvariant();
        if (w.Length < 4)
        {
            yield break;
        }

        // "re-examine", "re-imposed": the verb without its prefix of repetition.
        if (w.StartsWith("re-", StringComparison.Ordinal) && w.Length > 5)
        {
            yield return w[3..];
            foreach (string b in BaseForms(w[3..]))
            {
                yield return b;
            }
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }

        foreach (string suffix in new[] { "ed", "ing" })
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length - suffix.Length < 3)
            {
                continue;
            }

            string stem = w[..^suffix.Length];
            yield return stem + "e";
            yield return stem;
            if (stem.Length >= 3 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }

        if (w.EndsWith("es", StringComparison.Ordinal))
        {
            yield return w[..^2];
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return w[..^1];
        }
    }
}
