using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Knowledge.Crises;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Stancewatch.Knowledge.Yaml;

/// <summary>Typed access to the fields of a YAML mapping; every error names the file, line and field.</summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;

    public YamlFields(string file, YamlMappingNode node, string path)
    {
        File = file;
        _node = node;
        Path = path;
    }

    public string File { get; }
    public string Path { get; }
    public int Line => (int)_node.Start.Line;

    public static YamlFields Open(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CrisisProfileException(file, (int)e.Start.Line, "(document)", "not valid YAML: " + e.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new CrisisProfileException(file, 1, "(document)", "expected a mapping at the top level");
        }

        return new YamlFields(file, root, "");
    }

    public CrisisProfileException Error(string field, string reason, YamlNode? at = null) =>
        new(File, (int)(at?.Start.Line ?? _node.Start.Line), Qualified(field), reason);

    public YamlNode? Node(string field) =>
        _node.Children.TryGetValue(new YamlScalarNode(field), out var v) ? v : null;

    public string RequiredString(string field) =>
        OptionalString(field) ?? throw Error(field, "is required");

    public string? OptionalString(string field)
    {
        var n = Node(field);
        if (n is null)
        {
            return null;
        }

        if (n is not YamlScalarNode s)
        {
            throw Error(field, "expected a single value", n);
        }

        return s.Value is null or "" or "null" or "~" ? null : s.Value;
    }

    public int OptionalInt(string field, int fallback)
    {
        var s = OptionalString(field);
        if (s is null)
        {
            return fallback;
        }

        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw Error(field, $"'{s}' is not an integer", Node(field));
    }

    public bool OptionalBool(string field)
    {
        var s = OptionalString(field);
        return s switch
        {
            null or "false" => false,
            "true" => true,
            _ => throw Error(field, $"'{s}' is not true or false", Node(field)),
        };
    }

    public DateOnly? OptionalDate(string field)
    {
        var s = OptionalString(field);
        if (s is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error(field, $"'{s}' is not a date (expected YYYY-MM-DD)", Node(field));
    }

    public TEnum? OptionalEnum<TEnum>(string field)
        where TEnum : struct, Enum
    {
        var s = OptionalString(field);
        if (s is null)
        {
            return null;
        }

        return Enum.TryParse<TEnum>(s, ignoreCase: false, out var v) && Enum.IsDefined(v)
            ? v
            : throw Error(field, $"'{s}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}", Node(field));
    }

    public ImmutableArray<string> Strings(string field, bool required = false)
    {
        var n = Node(field);
        if (n is null)
        {
            return required ? throw Error(field, "is required") : [];
        }

        if (n is not YamlSequenceNode seq)
        {
            throw Error(field, "expected a list", n);
        }

        var b = ImmutableArray.CreateBuilder<string>();
        foreach (var item in seq)
        {
            if (item is not YamlScalarNode s || string.IsNullOrEmpty(s.Value))
            {
                throw Error(field, "expected a list of non-empty values", item);
            }

            b.Add(s.Value);
        }

        return b.ToImmutable();
    }

    public YamlFields Mapping(string field) =>
        OptionalMapping(field) ?? throw Error(field, "is required");

    public YamlFields? OptionalMapping(string field)
    {
        var n = Node(field);
        return n switch
        {
            null => null,
            YamlMappingNode m => new YamlFields(File, m, Qualified(field)),
            _ => throw Error(field, "expected a mapping", n),
        };
    }

    public IEnumerable<YamlFields> Mappings(string field, bool required = false)
    {
        var n = Node(field);
        if (n is null)
        {
            if (required)
            {
                throw Error(field, "is required");
            }

            yield break;
        }

        if (n is not YamlSequenceNode seq)
        {
            throw Error(field, "expected a list", n);
        }

        int i = 0;
        foreach (var item in seq)
        {
            if (item is not YamlMappingNode m)
            {
                throw Error($"{field}[{i}]", "expected a mapping", item);
            }

            yield return new YamlFields(File, m, $"{Qualified(field)}[{i}]");
            i++;
        }
    }

    private string Qualified(string field) => Path.Length == 0 ? field : Path + "." + field;
}
