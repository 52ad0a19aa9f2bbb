using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Stancewatch.Benchmarks;

/// <summary>Deterministic synthetic news-like documents (random words from a generated vocabulary).</summary>
public static class SyntheticDocuments
{
    /// <summary>Document <paramref name="n"/> of about <paramref name="words"/> words.</summary>
    public static string Text(int n, string[] vocabulary, int words = 250)
    {
        var rng = new Random(n + 17);
        var sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++)
        {
            sb.Append(vocabulary[rng.Next(vocabulary.Length)]);
            sb.Append(i % 17 == 16 ? ".\n" : " ");
        }

        return sb.ToString();
    }

    /// <summary>A vocabulary of <paramref name="size"/> pseudo-words.</summary>
    public static string[] Vocabulary(int size = 4000)
    {
        var rng = new Random(7);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var words = new string[size];
        for (int i = 0; i < size; i++)
        {
            var sb = new StringBuilder();
            int length = rng.Next(3, 10);
            for (int k = 0; k < length; k++)
            {
                sb.Append(letters[rng.Next(letters.Length)]);
            }

            words[i] = sb.ToString();
        }

        return words;
    }

    /// <summary>Writes <paramref name="count"/> documents as one JSON Lines file with metadata.</summary>
    public static void WriteJsonLines(string path, int count)
    {
        string[] vocabulary = Vocabulary();
        using var writer = new StreamWriter(path);
        for (int n = 0; n < count; n++)
        {
            string line = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["url"] = "https://synthetic.example/" + n.ToString(CultureInfo.InvariantCulture),
                ["title"] = "Synthetic report " + n.ToString(CultureInfo.InvariantCulture),
                ["publisher"] = "synthetic.example",
                ["published"] = "2022-03-" + ((n % 28) + 1).ToString("D2", CultureInfo.InvariantCulture),
                ["text"] = Text(n, vocabulary),
            });
            writer.WriteLine(line);
        }
    }
}
