using System.Collections.Immutable;
using System.Text;
using Stancewatch.Nlp;

namespace Stancewatch.Testing;

/// <summary>
/// Builds an <see cref="AnnotatedDocument"/> by hand so that extraction and analysis tests need no model:
/// <c>new DocBuilder().Sentence("Putin/PROPN/nsubj/2 called/VERB/root/0 Japarov/PROPN/obj/2 ./PUNCT/punct/2").Build()</c>.
/// Each word is form/UPOS/deprel/head with a 1-based head inside its sentence (0 for the root); lemma defaults
/// to the lower-cased form, or give form/UPOS/deprel/head/lemma, or form/UPOS/deprel/head/lemma/XPOS.
/// Words are joined by single spaces.
/// </summary>
public sealed class DocBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = [], _ends = [], _sentenceStarts = [], _heads = [];
    private readonly List<string> _upos = [], _xpos = [], _deprels = [], _lemmas = [];
    private readonly List<EntityMention> _entities = [];

    private bool _paragraphBreak;

    /// <summary>Starts the next sentence on a new paragraph.</summary>
    public DocBuilder Paragraph()
    {
        _paragraphBreak = true;
        return this;
    }

    public DocBuilder Sentence(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (_text.Length > 0)
        {
            _text.Append(_paragraphBreak ? "\n\n" : " ");
        }

        _paragraphBreak = false;

        int first = _starts.Count;
        _sentenceStarts.Add(first);
        foreach (var (word, i) in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => (w, i)))
        {
            var f = word.Split('/');
            if (f.Length < 4)
            {
                throw new ArgumentException($"word {i + 1} '{word}' is not form/UPOS/deprel/head");
            }

            if (i > 0)
            {
                _text.Append(' ');
            }

            _starts.Add(_text.Length);
            _text.Append(f[0]);
            _ends.Add(_text.Length);
            _upos.Add(f[1]);
            _deprels.Add(f[2]);
            int head = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            _heads.Add(head == 0 ? -1 : first + head - 1);
            _lemmas.Add(f.Length > 4 ? f[4] : f[0].ToLowerInvariant());
            _xpos.Add(f.Length > 5 ? f[5] : "_");
        }

        return this;
    }

    /// <summary>Marks tokens [first, end) (document indexes) as an entity.</summary>
    public DocBuilder Entity(int firstToken, int endToken, string label)
    {
        _entities.Add(new EntityMention(firstToken, endToken, label));
        return this;
    }

    public AnnotatedDocument Build(string id = "doc")
    {
        var n = _starts.Count;
        return AnnotatedDocument.FromText(id, _text.ToString())
            .WithTokens([.. _starts], [.. _ends])
            .WithSentences([.. _sentenceStarts])
            .WithTags([.. _upos], [.. _xpos], [.. Enumerable.Repeat("_", n)])
            .WithLemmas([.. _lemmas])
            .WithDependencies([.. _heads], [.. _deprels])
            .WithEntities([.. _entities]);
    }
}
