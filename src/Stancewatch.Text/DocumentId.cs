using System.Security.Cryptography;
using System.Text;

namespace Stancewatch.Text;

/// <summary>Derives the stable id of a document from its normalised text.</summary>
public static class DocumentId
{
    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 bytes of the NFC text.</summary>
    public static string FromText(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
