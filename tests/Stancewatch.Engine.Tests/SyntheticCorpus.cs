using System.Globalization;
using System.Text;

namespace Stancewatch.Engine.Tests;

/// <summary>Generates distinct synthetic news-like documents (our own random words; no third-party text).</summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words = BuildVocabulary();

    /// <summary>Document <paramref name="n"/>: about <paramref name="words"/> words, deterministic for a given n.</summary>
    public static string Text(int n, int words = 250)
    {
        var rng = new Random(n + 17);
        var sb = new StringBuilder(words * 8);
        sb.Append("Report ").Append(n.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        for (int i = 0; i < words; i++)
        {
            sb.Append(Words[rng.Next(Words.Length)]);
            sb.Append(i % 17 == 16 ? ".\n" : " ");
        }

        return sb.ToString();
    }

    /// <summary>Writes <paramref name="count"/> documents as Markdown files with front matter into <paramref name="folder"/>.</summary>
    public static void WriteFiles(string folder, int count)
    {
        for (int n = 0; n < count; n++)
        {
            string sub = Path.Combine(folder, (n / 500).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            string md = "---\ntitle: Synthetic report " + n.ToString(CultureInfo.InvariantCulture) + "\npublisher: synthetic.example\npublished: 2022-03-"
                + ((n % 28) + 1).ToString("D2", CultureInfo.InvariantCulture) + "\n---\n" + Text(n);
            File.WriteAllText(Path.Combine(sub, n.ToString("D6", CultureInfo.InvariantCulture) + ".md"), md);
        }
    }

    private static string[] BuildVocabulary()
    {
        var rng = new Random(7);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var words = new string[4000];
        for (int i = 0; i < words.Length; i++)
        {
            int length = rng.Next(3, 10);
            var sb = new StringBuilder(length);
            for (int k = 0; k < length; k++)
            {
                sb.Append(letters[rng.Next(letters.Length)]);
            }

            words[i] = sb.ToString();
        }

        return words;
    }
}
