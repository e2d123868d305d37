using System.Buffers.Binary;

namespace MentorEval.Storage.Responses;

/// <summary>Packs a response's item values into bytes and back: 8 bytes per item, little-endian IEEE doubles, NaN = missing.</summary>
public static class ItemValueCodec
{
    public static byte[] Pack(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        Pack(values, bytes);
        return bytes;
    }

    public static void Pack(ReadOnlySpan<double> values, Span<byte> destination)
    {
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteDoubleLittleEndian(destination[(i * sizeof(double))..], values[i]);
    }

    public static double[] Unpack(ReadOnlySpan<byte> bytes)
    {
        var values = new double[bytes.Length / sizeof(double)];
        for (var i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
        return values;
    }
}
