using System.Buffers.Binary;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Packs a response's item values into bytes and back, in one of two forms told apart by their length:
/// <list type="bullet">
/// <item>one signed byte per item when every value is a whole number from -127 to 127 or missing (-128): what rating
/// scales give, and an eighth of the size, which a million-row import writes twice (WAL, then the database);</item>
/// <item>otherwise 8 bytes per item, little-endian IEEE doubles, NaN = missing (the only form before the
/// ResponsesKeepOnlyTheirKey migration, so older rows are all in it).</item>
/// </list>
/// Reading needs the item count, which the response's instrument version gives.
/// </summary>
public static class ItemValueCodec
{
    private const sbyte MissingByte = sbyte.MinValue;

    public static byte[] Pack(ReadOnlySpan<double> values)
    {
        if (!FitsInBytes(values))
        {
            var doubles = new byte[values.Length * sizeof(double)];
            for (var i = 0; i < values.Length; i++)
                BinaryPrimitives.WriteDoubleLittleEndian(doubles.AsSpan(i * sizeof(double)), values[i]);
            return doubles;
        }

        var bytes = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
            bytes[i] = (byte)(double.IsNaN(values[i]) ? MissingByte : (sbyte)values[i]);
        return bytes;
    }

    public static double[] Unpack(ReadOnlySpan<byte> bytes, int itemCount)
    {
        var values = new double[itemCount];
        if (bytes.Length == itemCount)
        {
            for (var i = 0; i < itemCount; i++)
                values[i] = (sbyte)bytes[i] is var b && b == MissingByte ? double.NaN : b;
        }
        else if (bytes.Length == itemCount * sizeof(double))
        {
            for (var i = 0; i < itemCount; i++)
                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes[(i * sizeof(double))..]);
        }
        else
        {
            throw new InvalidDataException($"Stored item values of {bytes.Length} bytes do not fit an instrument of {itemCount} items.");
        }

        return values;
    }

    private static bool FitsInBytes(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            // -0.0 would come back as 0: rare enough to keep as a double.
            if (!double.IsNaN(value) && (value is < -127 or > 127 || value != Math.Floor(value) || double.IsNegative(value) && value == 0))
                return false;
        }

        return true;
    }
}
