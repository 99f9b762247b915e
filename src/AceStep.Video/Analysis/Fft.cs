namespace AceStep.Video.Analysis;

/// <summary>
/// An in-place radix-2 FFT on single-precision arrays, with the twiddle factors and the bit-reversal order computed
/// once per size. It allocates nothing per transform; FftSharp's double-precision <c>Complex</c> transform measured four
/// times slower here, and the analysis runs one transform per video frame.
/// </summary>
internal sealed class Fft
{
    private readonly int size;
    private readonly float[] cosines;
    private readonly float[] sines;
    private readonly int[] reversed;

    public Fft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "the FFT size must be a power of two");
        }

        this.size = size;
        cosines = new float[size / 2];
        sines = new float[size / 2];
        for (var i = 0; i < size / 2; i++)
        {
            var angle = -2 * Math.PI * i / size;
            cosines[i] = (float)Math.Cos(angle);
            sines[i] = (float)Math.Sin(angle);
        }

        reversed = new int[size];
        var bits = (int)Math.Log2(size);
        for (var i = 0; i < size; i++)
        {
            reversed[i] = ReverseBits(i, bits);
        }
    }

    /// <summary>Transforms (<paramref name="real"/>, <paramref name="imaginary"/>) in place.</summary>
    public void Forward(Span<float> real, Span<float> imaginary)
    {
        for (var i = 0; i < size; i++)
        {
            var j = reversed[i];
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (var length = 2; length <= size; length <<= 1)
        {
            var half = length / 2;
            var stride = size / length;
            for (var start = 0; start < size; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    var a = start + k;
                    var b = a + half;
                    var wr = cosines[k * stride];
                    var wi = sines[k * stride];
                    var xr = (real[b] * wr) - (imaginary[b] * wi);
                    var xi = (real[b] * wi) + (imaginary[b] * wr);
                    real[b] = real[a] - xr;
                    imaginary[b] = imaginary[a] - xi;
                    real[a] += xr;
                    imaginary[a] += xi;
                }
            }
        }
    }

    private static int ReverseBits(int value, int bits)
    {
        var result = 0;
        for (var i = 0; i < bits; i++)
        {
            result = (result << 1) | ((value >> i) & 1);
        }

        return result;
    }
}
