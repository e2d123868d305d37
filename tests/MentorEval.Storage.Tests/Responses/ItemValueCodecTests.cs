using MentorEval.Storage.Responses;

namespace MentorEval.Storage.Tests.Responses;

public sealed class ItemValueCodecTests
{
    [Fact]
    public void Whole_numbers_of_a_rating_scale_take_one_byte_per_item_and_come_back_exactly()
    {
        double[] values = [1, 7, double.NaN, 0, -3, 127, -127];

        var packed = ItemValueCodec.Pack(values);

        packed.Length.ShouldBe(values.Length);
        ItemValueCodec.Unpack(packed, values.Length).ShouldBe(values);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(128)]
    [InlineData(-128)]
    [InlineData(1e300)]
    [InlineData(-0.0)]
    public void A_response_with_any_other_value_is_kept_as_doubles_bit_for_bit(double other)
    {
        double[] values = [4, double.NaN, other];

        var packed = ItemValueCodec.Pack(values);

        packed.Length.ShouldBe(values.Length * sizeof(double));
        ItemValueCodec.Unpack(packed, values.Length).Select(BitConverter.DoubleToInt64Bits).ShouldBe(values.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Values_stored_as_doubles_by_earlier_versions_are_read_as_before()
    {
        var earlier = new byte[3 * sizeof(double)];
        BitConverter.TryWriteBytes(earlier.AsSpan(0), 4.0).ShouldBeTrue();
        BitConverter.TryWriteBytes(earlier.AsSpan(8), double.NaN).ShouldBeTrue();
        BitConverter.TryWriteBytes(earlier.AsSpan(16), 6.0).ShouldBeTrue();

        ItemValueCodec.Unpack(earlier, 3).ShouldBe([4, double.NaN, 6]);
    }

    [Fact]
    public void Values_that_do_not_fit_the_instrument_are_an_error_not_a_guess()
    {
        Should.Throw<InvalidDataException>(() => ItemValueCodec.Unpack(new byte[5], 3));
    }
}
