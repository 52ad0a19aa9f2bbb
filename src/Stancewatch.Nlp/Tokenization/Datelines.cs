namespace Stancewatch.Nlp.Tokenization;

/// <summary>
/// A news dateline at the start of a line ("TEHRAN (AFP) -", "TASHKENT, Feb 25 (Reuters) -", "NUR-SULTAN --"): a
/// place in capitals, then only a date, an agency in brackets and commas, closed by a free-standing dash. A bare place
/// needs a long dash ("WASHINGTON —"), so that "US - China talks" stays one headline. EWT makes the dateline a sentence
/// of its own, and the sentence after it then starts with its subject.
/// </summary>
internal static class Datelines
{
    private const int MaxTokens = 12;

    /// <summary>True when token <paramref name="dash"/> is the dash that closes a dateline.</summary>
    public static bool EndsAt(AnnotatedDocument doc, int dash) => StartOf(doc, dash) >= 0;

    /// <summary>True when the gap after token <paramref name="t"/> lies inside a dateline ("ALMATY, Feb. 25 (Reuters) -").</summary>
    public static bool Inside(AnnotatedDocument doc, int t)
    {
        for (int dash = t + 1; dash < doc.TokenCount - 1 && dash - t < MaxTokens; dash++)
        {
            if (StartOf(doc, dash) is int first and >= 0)
            {
                return first <= t;
            }
        }

        return false;
    }

    /// <summary>The first token of the dateline that <paramref name="dash"/> closes, else -1.</summary>
    private static int StartOf(AnnotatedDocument doc, int dash)
    {
        if (!IsDash(Form(doc, dash)) || !SpaceAround(doc, dash))
        {
            return -1;
        }

        int first = dash;
        while (first > 0 && dash - first < MaxTokens && !StartsLine(doc, first))
        {
            first--;
        }

        // A place of three letters or more: "PS --" opens a postscript, not a dateline.
        if (!StartsLine(doc, first) || first == dash || !IsCapitalsWord(Form(doc, first)) || Form(doc, first).Count(char.IsLetter) < 3)
        {
            return -1;
        }

        int depth = 0;
        bool dated = false;
        for (int t = first + 1; t < dash; t++)
        {
            var form = Form(doc, t);
            depth += form is "(" ? 1 : form is ")" ? -1 : 0;
            bool inBrackets = depth > 0 || form is ")";
            dated |= form is "," or "(" || IsDatePart(form);
            bool innerHyphen = form is "-" && !SpaceAround(doc, t);
            if (!(form is "," or "." or "(" or ")" || innerHyphen || IsCapitalsWord(form) || IsDatePart(form) || inBrackets && char.IsUpper(form[0])))
            {
                return -1;
            }
        }

        return depth == 0 && (dated || Form(doc, dash) is not "-") ? first : -1;
    }

    private static bool SpaceAround(AnnotatedDocument doc, int t) =>
        t > 0 && t + 1 < doc.TokenCount && doc.TokenStarts[t] > doc.TokenEnds[t - 1] && doc.TokenStarts[t + 1] > doc.TokenEnds[t];

    private static bool StartsLine(AnnotatedDocument doc, int t) =>
        t == 0 || doc.Text.AsSpan(doc.TokenEnds[t - 1], doc.TokenStarts[t] - doc.TokenEnds[t - 1]).Contains('\n');

    private static string Form(AnnotatedDocument doc, int t) => doc.Forms[t];

    private static bool IsDash(string form) => form is "-" or "--" or "—" or "–";

    private static bool IsCapitalsWord(string form) =>
        form.Length >= 2 && form.Any(char.IsLetter) && form.All(c => char.IsUpper(c) || c is '-' or '.' or '\'');

    private static bool IsDatePart(string form) =>
        form.All(char.IsDigit) && form.Length <= 4 || Months.Contains(form.TrimEnd('.'));

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul", "July", "Aug",
        "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December",
    };
}
