using System.Buffers.Binary;
using System.IO.Compression;

namespace Stancewatch.Reporting.Tests.Browser;

/// <summary>Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) into pixels, enough to tell a blank page from a drawn one.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        Channels = channels;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    public byte[] Pixels { get; }

    public static PngImage Read(byte[] file)
    {
        if (file.Length < 33 || !file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int at = 8; at + 8 <= file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                if (data[8] != 8 || data[12] != 0)
                {
                    throw new InvalidDataException("only 8-bit, non-interlaced PNG is supported");
                }

                channels = data[9] switch
                {
                    2 => 3,
                    6 => 4,
                    _ => throw new InvalidDataException($"colour type {data[9]} is not supported"),
                };
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>Share of pixels that differ from the top-left pixel (the page background).</summary>
    public double DrawnFraction()
    {
        int drawn = 0;
        for (int i = 0; i < Width * Height; i++)
        {
            for (int c = 0; c < 3; c++)
            {
                if (Math.Abs(Pixels[(i * Channels) + c] - Pixels[c]) > 24)
                {
                    drawn++;
                    break;
                }
            }
        }

        return (double)drawn / (Width * Height);
    }

    /// <summary>Number of distinct colours, quantised to 5 bits per channel.</summary>
    public int ColourCount()
    {
        var colours = new HashSet<int>();
        for (int i = 0; i < Width * Height; i++)
        {
            int at = i * Channels;
            colours.Add((Pixels[at] >> 3 << 10) | (Pixels[at + 1] >> 3 << 5) | (Pixels[at + 2] >> 3));
        }

        return colours.Count;
    }

    /// <summary>True when some pixel is close to <paramref name="rgb"/> (within 40 per channel).</summary>
    public bool Contains(int rgb)
    {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        for (int i = 0; i < Width * Height; i++)
        {
            int at = i * Channels;
            if (Math.Abs(Pixels[at] - r) < 40 && Math.Abs(Pixels[at + 1] - g) < 40 && Math.Abs(Pixels[at + 2] - b) < 40)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        int stride = width * channels;
        var pixels = new byte[stride * height];
        for (int y = 0; y < height; y++)
        {
            byte filter = data[y * (stride + 1)];
            int src = (y * (stride + 1)) + 1, dst = y * stride;
            for (int x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[dst + x - channels] : 0;
                int b = y > 0 ? pixels[dst - stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[dst - stride + x - channels] : 0;
                int raw = data[src + x];
                pixels[dst + x] = (byte)(filter switch
                {
                    0 => raw,
                    1 => raw + a,
                    2 => raw + b,
                    3 => raw + ((a + b) / 2),
                    4 => raw + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter} in row {y}"),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
