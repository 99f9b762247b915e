using AceStep.Simulator.Audio.Bits;

namespace AceStep.Simulator.Audio.Flac;

/// <summary>
/// Encodes one channel of one FLAC frame as a FIXED subframe: the polynomial predictor of order 0–4 that leaves
/// the smallest residual, then the residual Rice-coded in partitions, each with its own parameter.
/// </summary>
internal static class FixedPredictorSubframe
{
    private const int MaxOrder = 4;
    private const int MaxPartitionOrder = 4;
    private const int MaxRiceParameter = 14;
    private const uint FixedSubframeType = 0b001000;

    /// <param name="samples">The channel's samples for this block.</param>
    /// <param name="residual">Scratch space at least as long as <paramref name="samples"/>.</param>
    public static void Write(BitWriter writer, ReadOnlySpan<int> samples, int bitsPerSample, Span<int> residual)
    {
        var order = BestOrder(samples);
        ComputeResidual(samples, order, residual);

        writer.WriteBits(0, 1);
        writer.WriteBits(FixedSubframeType | (uint)order, 6);
        writer.WriteBits(0, 1);
        for (var i = 0; i < order; i++)
        {
            writer.WriteSigned(samples[i], bitsPerSample);
        }

        WriteResidual(writer, residual[order..samples.Length], samples.Length, order);
    }

    private static int BestOrder(ReadOnlySpan<int> samples)
    {
        var maxOrder = Math.Min(MaxOrder, samples.Length - 1);
        Span<long> cost = stackalloc long[MaxOrder + 1];
        for (var n = MaxOrder; n < samples.Length; n++)
        {
            var e0 = samples[n];
            var e1 = e0 - samples[n - 1];
            var e2 = e1 - (samples[n - 1] - samples[n - 2]);
            var e3 = e2 - (samples[n - 1] - (2 * samples[n - 2]) + samples[n - 3]);
            var e4 = e3 - (samples[n - 1] - (3 * samples[n - 2]) + (3 * samples[n - 3]) - samples[n - 4]);
            cost[0] += Math.Abs(e0);
            cost[1] += Math.Abs(e1);
            cost[2] += Math.Abs(e2);
            cost[3] += Math.Abs(e3);
            cost[4] += Math.Abs(e4);
        }

        var best = 0;
        for (var order = 1; order <= maxOrder; order++)
        {
            if (cost[order] < cost[best])
            {
                best = order;
            }
        }

        return best;
    }

    private static void ComputeResidual(ReadOnlySpan<int> x, int order, Span<int> residual)
    {
        for (var n = order; n < x.Length; n++)
        {
            residual[n] = order switch
            {
                0 => x[n],
                1 => x[n] - x[n - 1],
                2 => x[n] - (2 * x[n - 1]) + x[n - 2],
                3 => x[n] - (3 * x[n - 1]) + (3 * x[n - 2]) - x[n - 3],
                _ => x[n] - (4 * x[n - 1]) + (6 * x[n - 2]) - (4 * x[n - 3]) + x[n - 4],
            };
        }
    }

    /// <summary>Residual coding method 0 (4-bit Rice parameters) with as many partitions as the block size allows.</summary>
    private static void WriteResidual(BitWriter writer, ReadOnlySpan<int> residual, int blockSize, int order)
    {
        var partitionOrder = MaxPartitionOrder;
        while (partitionOrder > 0 && (blockSize % (1 << partitionOrder) != 0 || (blockSize >> partitionOrder) <= order))
        {
            partitionOrder--;
        }

        writer.WriteBits(0, 2);
        writer.WriteBits((uint)partitionOrder, 4);
        var partitionSize = blockSize >> partitionOrder;
        var start = 0;
        for (var partition = 0; partition < 1 << partitionOrder; partition++)
        {
            var count = partition == 0 ? partitionSize - order : partitionSize;
            var values = residual.Slice(start, count);
            start += count;
            var parameter = BestRiceParameter(values);
            writer.WriteBits((uint)parameter, 4);
            foreach (var value in values)
            {
                var folded = ZigZag(value);
                var quotient = folded >> parameter;
                if (quotient + 1 + parameter <= 32)
                {
                    // The common case in one call: the quotient's zeros, its terminating one, the low bits.
                    var lowBits = folded & ((1u << parameter) - 1);
                    writer.WriteBits((1u << parameter) | lowBits, (int)quotient + 1 + parameter);
                }
                else
                {
                    writer.WriteUnary(quotient);
                    writer.WriteBits(folded, parameter);
                }
            }
        }
    }

    /// <summary>Estimates the coded size for each parameter from the sum of folded values and keeps the smallest.</summary>
    private static int BestRiceParameter(ReadOnlySpan<int> values)
    {
        long sum = 0;
        foreach (var value in values)
        {
            sum += ZigZag(value);
        }

        var best = 0;
        var bestBits = long.MaxValue;
        for (var parameter = 0; parameter <= MaxRiceParameter; parameter++)
        {
            var bits = (values.Length * (parameter + 1L)) + (sum >> parameter);
            if (bits < bestBits)
            {
                bestBits = bits;
                best = parameter;
            }
        }

        return best;
    }

    private static uint ZigZag(int value) => unchecked((uint)((value << 1) ^ (value >> 31)));
}
