using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MentorEval.Import.Exports;

/// <summary>
/// Tells the encoding of a file from its first bytes: a byte order mark when there is one; UTF-16 without one by its
/// zero bytes; otherwise UTF-8 if the bytes are valid UTF-8, else Windows-1252. Recognizes files that are not text at all.
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>The outcome: the encoding and the length of its byte order mark, or why the bytes are not text.</summary>
    internal readonly record struct Sniff(TextEncoding Encoding, int PreambleLength, string? NotText);

    private static readonly (byte[] Magic, string What)[] KnownBinaries =
    [
        ([0x50, 0x4B, 0x03, 0x04], "an Excel workbook (.xlsx) or another zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Excel workbook (.xls)"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ];

    public static Sniff Detect(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        foreach (var (magic, what) in KnownBinaries)
        {
            if (sample.StartsWith(magic))
            {
                return NotText($"is {what}, not a CSV file");
            }
        }

        // Before UTF-16: a UTF-32 little-endian byte order mark starts like UTF-16's (FF FE).
        if (IsUtf32(sample))
        {
            return NotText("is UTF-32 text, an encoding this reader does not take; save it as \"CSV UTF-8\" (or UTF-16)");
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return CheckUtf8(TextEncoding.Utf8WithBom, 3, sample[3..], isWholeFile);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return CheckUtf16(TextEncoding.Utf16LittleEndian, 2, sample[2..]);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return CheckUtf16(TextEncoding.Utf16BigEndian, 2, sample[2..]);
        }

        var utf16 = GuessUtf16WithoutBom(sample);
        if (utf16 is { } encoding)
        {
            return CheckUtf16(encoding, 0, sample);
        }

        return CheckUtf8(TextEncoding.Utf8, 0, sample, isWholeFile);
    }

    /// <summary>The decoding for an encoding; UTF-8 falls back to Windows-1252 byte by byte (see <see cref="Windows1252Fallback"/>).</summary>
    public static Encoding Decoding(TextEncoding encoding, out Windows1252Fallback? fallback)
    {
        fallback = null;
        return encoding switch
        {
            TextEncoding.Utf8 or TextEncoding.Utf8WithBom => Windows1252Fallback.Utf8(out fallback),
            TextEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            TextEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            _ => Windows1252Fallback.Windows1252,
        };
    }

    private static Sniff CheckUtf8(TextEncoding declared, int preamble, ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        if (bytes.Contains((byte)0))
        {
            return NotText("contains NUL bytes, so it is binary data rather than a CSV export");
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (IsControl(b))
            {
                controls++;
            }
        }

        if (IsMostlyControls(controls, bytes.Length))
        {
            return NotText("is mostly control characters, so it is binary data rather than a CSV export");
        }

        if (LooksLikeHtml(bytes))
        {
            return NotText("is a web page (HTML), not a CSV export");
        }

        if (declared == TextEncoding.Utf8WithBom || IsUtf8(bytes, isWholeFile) || HasUtf8Sequence(bytes) || OnlyHeaderIsInvalid(bytes, isWholeFile))
        {
            return new Sniff(declared, preamble, null);
        }

        // Invalid UTF-8 without a single valid multi-byte sequence: an 8-bit Windows file.
        return new Sniff(TextEncoding.Windows1252, 0, null);
    }

    private static Sniff CheckUtf16(TextEncoding encoding, int preamble, ReadOnlySpan<byte> bytes)
    {
        var chars = encoding == TextEncoding.Utf16LittleEndian
            ? Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)])
            : Encoding.BigEndianUnicode.GetString(bytes[..(bytes.Length & ~1)]);
        var controls = 0;
        foreach (var c in chars)
        {
            if (c == '\0')
            {
                return NotText("contains NUL characters, so it is binary data rather than a CSV export");
            }

            if (c < 0x80 && IsControl((byte)c))
            {
                controls++;
            }
        }

        return IsMostlyControls(controls, chars.Length)
            ? NotText("is mostly control characters, so it is binary data rather than a CSV export")
            : new Sniff(encoding, preamble, null);
    }

    /// <summary>A UTF-32 byte order mark, or text of mostly Latin characters with three zero bytes in every four.</summary>
    private static bool IsUtf32(ReadOnlySpan<byte> sample)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return true;
        }

        var length = Math.Min(sample.Length, 1024) & ~3;
        if (length < 8)
        {
            return false;
        }

        int littleEndian = 0, bigEndian = 0;
        for (var i = 0; i < length; i += 4)
        {
            var zeroHigh = sample[i + 1] == 0 && sample[i + 2] == 0;
            littleEndian += zeroHigh && sample[i] != 0 && sample[i + 3] == 0 ? 1 : 0;
            bigEndian += zeroHigh && sample[i] == 0 && sample[i + 3] != 0 ? 1 : 0;
        }

        var characters = length / 4;
        return littleEndian > characters * 0.9 || bigEndian > characters * 0.9;
    }

    /// <summary>UTF-16 text of mostly Latin characters has a zero in every other byte.</summary>
    private static TextEncoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        var length = Math.Min(sample.Length, 1024) & ~1;
        if (length < 4)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < length; i += 2)
        {
            zeroEven += sample[i] == 0 ? 1 : 0;
            zeroOdd += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = length / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05)
        {
            return TextEncoding.Utf16LittleEndian;
        }

        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05)
        {
            return TextEncoding.Utf16BigEndian;
        }

        return null;
    }

    private static bool IsControl(byte b) => (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) || b == 0x7F;

    private static bool IsMostlyControls(int controls, int length) => controls > 8 && controls > length / 100;

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.TrimStart(" \t\r\n"u8);
        return StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if ((bytes[i] | 0x20) != prefix[i] && bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Valid UTF-8, allowing a sequence cut off at the end of a sample that is not the whole file.</summary>
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            while (!bytes.IsEmpty)
            {
                var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: isWholeFile);
                switch (status)
                {
                    case OperationStatus.Done:
                        return true;
                    case OperationStatus.NeedMoreData:
                        return true;
                    case OperationStatus.InvalidData:
                        return false;
                }

                bytes = bytes[read..];
            }

            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// A survey tool that wrote one header in another encoding (MacRoman) leaves the rest of the file UTF-8: reading the
    /// whole file as Windows-1252 for a byte in the header would corrupt every answer written in UTF-8 further down.
    /// </summary>
    private static bool OnlyHeaderIsInvalid(ReadOnlySpan<byte> bytes, bool isWholeFile)
    {
        var endOfHeader = bytes.IndexOf((byte)'\n');
        return endOfHeader >= 0 && IsUtf8(bytes[(endOfHeader + 1)..], isWholeFile);
    }

    /// <summary>Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence (a UTF-8 file with a few stray bytes).</summary>
    private static bool HasUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var continuation = b switch
            {
                >= 0xC2 and <= 0xDF => 1,
                >= 0xE0 and <= 0xEF => 2,
                >= 0xF0 and <= 0xF4 => 3,
                _ => 0,
            };
            if (continuation == 0 || i + continuation >= bytes.Length)
            {
                continue;
            }

            var valid = true;
            for (var k = 1; k <= continuation; k++)
            {
                valid &= (bytes[i + k] & 0xC0) == 0x80;
            }

            if (valid && Utf8.IsValid(bytes.Slice(i, continuation + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static Sniff NotText(string reason) => new(TextEncoding.Utf8, 0, reason);
}
