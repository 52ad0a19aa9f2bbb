using System.Text;

namespace Stancewatch.Nlp.Entities;

/// <summary>Word shapes for features: "Xxxx", "dd", "X.X." (long form) and runs collapsed ("Xx", "d").</summary>
public static class WordShape
{
    /// <summary>Each character mapped to X, x, d or itself, runs of the same class cut to four.</summary>
    public static string Long(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(Math.Min(word.Length, 16));
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char s = Class(c);
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 4)
            {
                sb.Append(s);
            }
        }

        return sb.ToString();
    }

    /// <summary>Each run of one character class collapsed to one character.</summary>
    public static string Short(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(8);
        char last = '\0';
        foreach (char c in word)
        {
            char s = Class(c);
            if (s != last)
            {
                sb.Append(s);
                last = s;
            }
        }

        return sb.ToString();
    }

    private static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
}
