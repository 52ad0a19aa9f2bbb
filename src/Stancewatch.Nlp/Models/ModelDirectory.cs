using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Stancewatch.Nlp.Models;

/// <summary>
/// Saves and loads a model directory: <c>model.json</c> (the <see cref="ModelCard"/>) and <c>weights.bin</c>.
/// weights.bin layout: magic <c>SWMW</c>, format version (int32), kind (string), label count and labels,
/// payload length (int64), SHA-256 of the payload (32 bytes), payload (deflate-compressed, written by the model).
/// Loading checks kind, format version, both checksums and the labels, and throws <see cref="ModelLoadException"/>.
/// </summary>
public static class ModelDirectory
{
    /// <summary>File name of the card.</summary>
    public const string CardFile = "model.json";

    /// <summary>File name of the weights.</summary>
    public const string WeightsFile = "weights.bin";

    private static readonly byte[] Magic = "SWMW"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>
    /// Writes weights.bin (header from <paramref name="card"/>, payload from <paramref name="writePayload"/>) and
    /// model.json into <paramref name="directory"/>; returns the card with checksum and size filled in.
    /// </summary>
    public static ModelCard Save(string directory, ModelCard card, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(writePayload);
        Directory.CreateDirectory(directory);

        byte[] payload;
        using (var buffer = new MemoryStream())
        {
            using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
            {
                writePayload(writer);
            }

            payload = buffer.ToArray();
        }

        string weightsPath = Path.Combine(directory, WeightsFile);
        using (var file = File.Create(weightsPath))
        using (var writer = new BinaryWriter(file, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(card.FormatVersion);
            writer.Write(card.Kind);
            writer.Write(card.Labels.Length);
            foreach (string label in card.Labels)
            {
                writer.Write(label);
            }

            writer.Write((long)payload.Length);
            writer.Write(SHA256.HashData(payload));
            writer.Write(payload);
        }

        var saved = card with
        {
            WeightsSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(weightsPath))),
            WeightsBytes = new FileInfo(weightsPath).Length,
        };
        File.WriteAllText(Path.Combine(directory, CardFile), JsonSerializer.Serialize(saved, Json) + "\n");
        return saved;
    }

    /// <summary>Reads and checks the card alone.</summary>
    /// <exception cref="ModelLoadException">The card is missing or unreadable, or of another kind or version.</exception>
    public static ModelCard ReadCard(string directory, string expectedKind, int expectedFormatVersion)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string cardPath = Path.Combine(directory, CardFile);
        if (!File.Exists(cardPath))
        {
            throw new ModelLoadException(cardPath, "file", "a model card", "no such file");
        }

        ModelCard? card;
        try
        {
            card = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), Json);
        }
        catch (JsonException e)
        {
            throw new ModelLoadException(cardPath, "JSON", "a model card", e.Message, e);
        }

        if (card is null)
        {
            throw new ModelLoadException(cardPath, "JSON", "a model card", "null");
        }

        Check(cardPath, "kind", expectedKind, card.Kind);
        Check(cardPath, "format version", expectedFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), card.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return card;
    }

    /// <summary>
    /// Loads a model directory: checks the card and weights.bin, then hands the decompressed payload to
    /// <paramref name="readPayload"/>.
    /// </summary>
    /// <exception cref="ModelLoadException">A file is missing, corrupt, or does not match what the code expects.</exception>
    public static (ModelCard Card, T Model) Load<T>(string directory, string expectedKind, int expectedFormatVersion, Func<BinaryReader, ModelCard, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(readPayload);
        var card = ReadCard(directory, expectedKind, expectedFormatVersion);
        string weightsPath = Path.Combine(directory, WeightsFile);
        if (!File.Exists(weightsPath))
        {
            throw new ModelLoadException(weightsPath, "file", "model weights", "no such file");
        }

        byte[] bytes = File.ReadAllBytes(weightsPath);
        string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Check(weightsPath, "SHA-256 recorded in model.json", card.WeightsSha256, sha);

        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            byte[] magic = reader.ReadBytes(Magic.Length);
            Check(weightsPath, "magic number", Encoding.ASCII.GetString(Magic), Encoding.ASCII.GetString(magic));
            int version = reader.ReadInt32();
            Check(weightsPath, "format version", expectedFormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Check(weightsPath, "kind", expectedKind, reader.ReadString());
            int labelCount = reader.ReadInt32();
            Check(weightsPath, "label count", card.Labels.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), labelCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (int i = 0; i < labelCount; i++)
            {
                Check(weightsPath, $"label {i}", card.Labels[i], reader.ReadString());
            }

            long length = reader.ReadInt64();
            byte[] expectedHash = reader.ReadBytes(32);
            byte[] payload = reader.ReadBytes(checked((int)length));
            Check(weightsPath, "payload length", length.ToString(System.Globalization.CultureInfo.InvariantCulture), payload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Check(weightsPath, "payload SHA-256", Convert.ToHexStringLower(expectedHash), Convert.ToHexStringLower(SHA256.HashData(payload)));

            using var deflate = new DeflateStream(new MemoryStream(payload, writable: false), CompressionMode.Decompress);
            using var payloadReader = new BinaryReader(deflate, Encoding.UTF8);
            return (card, readPayload(payloadReader, card));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or OverflowException or IOException)
        {
            throw new ModelLoadException(weightsPath, "payload", "a complete, consistent model", e.Message, e);
        }
    }

    /// <summary>SHA-256 of a file (hex, lower case).</summary>
    public static string Sha256Of(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>Throws when two label lists differ, naming the first difference.</summary>
    /// <exception cref="ModelLoadException">The lists differ.</exception>
    public static void CheckLabels(string file, ImmutableArray<string> expected, IReadOnlyList<string> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        Check(file, "label count", expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (int i = 0; i < expected.Length; i++)
        {
            Check(file, $"label {i}", expected[i], found[i]);
        }
    }

    private static void Check(string file, string field, string expected, string found)
    {
        if (!string.Equals(expected, found, StringComparison.Ordinal))
        {
            throw new ModelLoadException(file, field, expected, found);
        }
    }
}
