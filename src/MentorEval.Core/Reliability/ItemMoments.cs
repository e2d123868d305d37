using System.Numerics;
using System.Runtime.InteropServices;

namespace MentorEval.Core.Reliability;

/// <summary>
/// One pass over a scale's responses that yields every sum the pairwise and the listwise
/// covariances need. Respondents who answered every item take a fast path (shared item sums and
/// one dot product per item pair); only respondents with a missing answer pay for per-pair
/// bookkeeping. Respondents are processed in blocks, blocks in a fixed number of stripes run in
/// parallel, and the stripes are added in order, so the result does not depend on thread timing.
/// </summary>
internal sealed class ItemMoments
{
    private const int BlockSize = 2048;
    private const int MaxStripes = 64;

    private readonly int k;

    // Every answer is shifted by the item's first given answer: sums of squares then stay of the
    // order of the item's spread, and an item with one repeated answer sums to exactly zero.
    private readonly double[] shift;

    private double completeCount;
    private readonly double[] completeSum;     // Σ z_i over complete respondents
    private readonly double[] completeCross;   // Σ z_i z_j over complete respondents, i ≤ j filled

    // Over respondents with at least one missing answer, for the ordered pair (i, j), both answered:
    private readonly double[] partialCount;    // respondents
    private readonly double[] partialSum;      // Σ z_i
    private readonly double[] partialSquares;  // Σ z_i²
    private readonly double[] partialCross;    // Σ z_i z_j

    private ItemMoments(int itemCount, double[] shift)
    {
        k = itemCount;
        this.shift = shift;
        completeSum = new double[k];
        completeCross = new double[k * k];
        partialCount = new double[k * k];
        partialSum = new double[k * k];
        partialSquares = new double[k * k];
        partialCross = new double[k * k];
    }

    public int ItemCount => k;

    public int CompleteCount => (int)completeCount;

    public static ItemMoments Accumulate(ItemResponses responses)
    {
        var k = responses.ItemCount;
        var n = responses.RespondentCount;
        var shift = new double[k];
        for (var i = 0; i < k; i++)
            shift[i] = FirstAnswer(responses.Answers(i));

        var blocks = (n + BlockSize - 1) / BlockSize;
        var stripes = Math.Min(blocks, MaxStripes);
        var stripeMoments = new ItemMoments[stripes];
        Parallel.For(
            0,
            stripes,
            () => new BlockBuffers(k),
            (stripe, _, buffers) =>
            {
                var moments = new ItemMoments(k, shift);
                var firstBlock = (int)((long)stripe * blocks / stripes);
                var endBlock = (int)((long)(stripe + 1) * blocks / stripes);
                for (var block = firstBlock; block < endBlock; block++)
                {
                    var start = block * BlockSize;
                    moments.AddBlock(responses, start, Math.Min(BlockSize, n - start), buffers);
                }

                stripeMoments[stripe] = moments;
                return buffers;
            },
            _ => { });

        var total = new ItemMoments(k, shift);
        foreach (var moments in stripeMoments)
            total.Add(moments);
        total.MirrorCompleteCross();
        return total;
    }

    /// <summary>The sums for items i and j (i = j: the item alone) under the given policy.</summary>
    public PairMoments Pair(int i, int j, MissingDataPolicy policy)
    {
        var ij = i * k + j;
        var ji = j * k + i;
        var complete = new PairMoments(
            completeCount, completeSum[i], completeSum[j], completeCross[i * k + i], completeCross[j * k + j], completeCross[ij]);
        if (policy == MissingDataPolicy.Listwise)
            return complete;
        return new PairMoments(
            complete.Count + partialCount[ij],
            complete.FirstSum + partialSum[ij],
            complete.SecondSum + partialSum[ji],
            complete.FirstSquares + partialSquares[ij],
            complete.SecondSquares + partialSquares[ji],
            complete.CrossProducts + partialCross[ij]);
    }

    /// <summary>The item's mean under the policy, undoing the shift; NaN when nobody answered.</summary>
    public double Mean(int item, MissingDataPolicy policy)
    {
        var moments = Pair(item, item, policy);
        return moments.Count == 0 ? double.NaN : shift[item] + moments.FirstSum / moments.Count;
    }

    /// <summary>The item's variance (n − 1); exactly 0 for an item without variation, NaN below two answers.</summary>
    public double Variance(int item, MissingDataPolicy policy)
    {
        var moments = Pair(item, item, policy);
        return moments.Count < 2 ? double.NaN : moments.FirstDeviations / (moments.Count - 1);
    }

    private static double FirstAnswer(ReadOnlySpan<double> answers)
    {
        foreach (var answer in answers)
        {
            if (!double.IsNaN(answer))
                return answer;
        }

        return 0;
    }

    private void AddBlock(ItemResponses responses, int start, int rows, BlockBuffers buffers)
    {
        var isComplete = buffers.IsComplete.AsSpan(0, rows);
        isComplete.Fill(true);
        for (var i = 0; i < k; i++)
        {
            var answers = responses.Answers(i).Slice(start, rows);
            for (var r = 0; r < rows; r++)
            {
                if (double.IsNaN(answers[r]))
                    isComplete[r] = false;
            }
        }

        // Split the block: complete respondents to one buffer, the others (missing as 0, with a
        // 0/1 "answered" mask) to another, item by item so every later loop is a straight run.
        int completeRows = 0, partialRows = 0;
        for (var i = 0; i < k; i++)
        {
            var answers = responses.Answers(i).Slice(start, rows);
            var s = shift[i];
            var complete = buffers.Complete(i);
            var partial = buffers.Partial(i);
            var answered = buffers.Answered(i);
            completeRows = 0;
            partialRows = 0;
            for (var r = 0; r < rows; r++)
            {
                var value = answers[r];
                if (isComplete[r])
                {
                    complete[completeRows++] = value - s;
                }
                else
                {
                    var given = !double.IsNaN(value);
                    partial[partialRows] = given ? value - s : 0;
                    answered[partialRows] = given ? 1 : 0;
                    partialRows++;
                }
            }
        }

        if (completeRows > 0)
            AddComplete(buffers, completeRows);
        if (partialRows > 0)
            AddPartial(buffers, partialRows);
    }

    private void AddComplete(BlockBuffers buffers, int rows)
    {
        completeCount += rows;
        for (var i = 0; i < k; i++)
        {
            var zi = buffers.Complete(i)[..rows];
            completeSum[i] += Sum(zi);
            for (var j = i; j < k; j++)
                completeCross[i * k + j] += Dot(zi, buffers.Complete(j)[..rows]);
        }
    }

    private void AddPartial(BlockBuffers buffers, int rows)
    {
        for (var i = 0; i < k; i++)
        {
            var zi = buffers.Partial(i)[..rows];
            var squares = buffers.PartialSquares(i)[..rows];
            for (var r = 0; r < rows; r++)
                squares[r] = zi[r] * zi[r];
            var ii = i * k + i;
            partialCount[ii] += Sum(buffers.Answered(i)[..rows]);
            partialSum[ii] += Sum(zi);
            var sumOfSquares = Sum(squares);
            partialSquares[ii] += sumOfSquares;
            partialCross[ii] += sumOfSquares;
        }

        Span<double> sums = stackalloc double[6];
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                PairSums(
                    buffers.Partial(i)[..rows], buffers.Partial(j)[..rows],
                    buffers.Answered(i)[..rows], buffers.Answered(j)[..rows],
                    buffers.PartialSquares(i)[..rows], buffers.PartialSquares(j)[..rows],
                    sums);
                int ij = i * k + j, ji = j * k + i;
                partialCount[ij] += sums[0];
                partialCount[ji] += sums[0];
                partialSum[ij] += sums[1];
                partialSum[ji] += sums[2];
                partialSquares[ij] += sums[3];
                partialSquares[ji] += sums[4];
                partialCross[ij] += sums[5];
                partialCross[ji] += sums[5];
            }
        }
    }

    private void Add(ItemMoments other)
    {
        completeCount += other.completeCount;
        AddTo(completeSum, other.completeSum);
        AddTo(completeCross, other.completeCross);
        AddTo(partialCount, other.partialCount);
        AddTo(partialSum, other.partialSum);
        AddTo(partialSquares, other.partialSquares);
        AddTo(partialCross, other.partialCross);
    }

    private void MirrorCompleteCross()
    {
        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
                completeCross[j * k + i] = completeCross[i * k + j];
        }
    }

    private static void AddTo(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++)
            target[i] += source[i];
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var acc = Vector<double>.Zero;
        foreach (var v in vectors)
            acc += v;
        var sum = Vector.Sum(acc);
        for (var r = vectors.Length * Vector<double>.Count; r < values.Length; r++)
            sum += values[r];
        return sum;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
        var acc = Vector<double>.Zero;
        for (var v = 0; v < va.Length; v++)
            acc += va[v] * vb[v];
        var sum = Vector.Sum(acc);
        for (var r = va.Length * Vector<double>.Count; r < a.Length; r++)
            sum += a[r] * b[r];
        return sum;
    }

    /// <summary>
    /// For respondents with a missing answer: respondents who answered both, Σz_i and Σz_j, Σz_i² and
    /// Σz_j², and Σz_i z_j over them. Missing answers are stored as 0, so the products need no branch.
    /// </summary>
    private static void PairSums(
        ReadOnlySpan<double> zi, ReadOnlySpan<double> zj,
        ReadOnlySpan<double> mi, ReadOnlySpan<double> mj,
        ReadOnlySpan<double> qi, ReadOnlySpan<double> qj,
        Span<double> sums)
    {
        var vzi = MemoryMarshal.Cast<double, Vector<double>>(zi);
        var vzj = MemoryMarshal.Cast<double, Vector<double>>(zj);
        var vmi = MemoryMarshal.Cast<double, Vector<double>>(mi);
        var vmj = MemoryMarshal.Cast<double, Vector<double>>(mj);
        var vqi = MemoryMarshal.Cast<double, Vector<double>>(qi);
        var vqj = MemoryMarshal.Cast<double, Vector<double>>(qj);
        Vector<double> count = default, sumI = default, sumJ = default, squaresI = default, squaresJ = default, cross = default;
        for (var v = 0; v < vzi.Length; v++)
        {
            count += vmi[v] * vmj[v];
            sumI += vzi[v] * vmj[v];
            sumJ += vzj[v] * vmi[v];
            squaresI += vqi[v] * vmj[v];
            squaresJ += vqj[v] * vmi[v];
            cross += vzi[v] * vzj[v];
        }

        sums[0] = Vector.Sum(count);
        sums[1] = Vector.Sum(sumI);
        sums[2] = Vector.Sum(sumJ);
        sums[3] = Vector.Sum(squaresI);
        sums[4] = Vector.Sum(squaresJ);
        sums[5] = Vector.Sum(cross);
        for (var r = vzi.Length * Vector<double>.Count; r < zi.Length; r++)
        {
            sums[0] += mi[r] * mj[r];
            sums[1] += zi[r] * mj[r];
            sums[2] += zj[r] * mi[r];
            sums[3] += qi[r] * mj[r];
            sums[4] += qj[r] * mi[r];
            sums[5] += zi[r] * zj[r];
        }
    }

    /// <summary>Scratch space for one block, reused by a worker across blocks.</summary>
    private sealed class BlockBuffers(int itemCount)
    {
        private readonly double[] complete = new double[itemCount * BlockSize];
        private readonly double[] partial = new double[itemCount * BlockSize];
        private readonly double[] answered = new double[itemCount * BlockSize];
        private readonly double[] partialSquares = new double[itemCount * BlockSize];

        public bool[] IsComplete { get; } = new bool[BlockSize];

        public Span<double> Complete(int item) => complete.AsSpan(item * BlockSize, BlockSize);

        public Span<double> Partial(int item) => partial.AsSpan(item * BlockSize, BlockSize);

        public Span<double> Answered(int item) => answered.AsSpan(item * BlockSize, BlockSize);

        public Span<double> PartialSquares(int item) => partialSquares.AsSpan(item * BlockSize, BlockSize);
    }
}
