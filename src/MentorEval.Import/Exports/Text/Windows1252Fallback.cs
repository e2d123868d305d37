using System.Text;

namespace MentorEval.Import.Exports;

/// <summary>
/// Decodes bytes that are not valid UTF-8 as Windows-1252 instead of U+FFFD. The encoding is detected from the start
/// of a file only, and an old-Excel file often has its first accented name far down; this keeps that name readable
/// (and records that it happened) instead of corrupting it.
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    public bool WasUsed { get; private set; }

    // An invalid UTF-8 sequence is at most 4 bytes, each decoded to one char.
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    /// <summary>UTF-8 that falls back to Windows-1252, reporting to a new <see cref="Windows1252Fallback"/>.</summary>
    public static Encoding Utf8(out Windows1252Fallback fallback)
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = fallback = new Windows1252Fallback();
        return encoding;
    }

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private char[] chars = new char[4];
        private int count;
        private int position;

        public override int Remaining => count - position;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.WasUsed = true;
            if (bytesUnknown.Length > chars.Length)
            {
                chars = new char[bytesUnknown.Length];
            }

            count = Windows1252.GetChars(bytesUnknown, 0, bytesUnknown.Length, chars, 0);
            position = 0;
            return count > 0;
        }

        public override char GetNextChar() => position < count ? chars[position++] : '\0';

        public override bool MovePrevious()
        {
            if (position == 0)
            {
                return false;
            }

            position--;
            return true;
        }

        public override void Reset()
        {
            count = 0;
            position = 0;
        }
    }
}
