using System.Security.Cryptography;
using AceStep.Simulator.Audio;
using AceStep.Simulator.Tests.Audio.Analysis;

namespace AceStep.Simulator.Tests.Audio.Flac;

public sealed class FlacEncoderTests
{
    private static readonly SongSpec Spec = new(5.4321, 125, "A♭ major", 4, 21);

    [Fact]
    public void Stream_info_carries_the_total_samples_and_the_MD5_of_the_decoded_PCM()
    {
        using var file = RenderedFile.Create(Spec, AudioContainer.Flac);

        var pcm = MediaTools.DecodePcm16(file.Path);

        // STREAMINFO starts after "fLaC" and a 4-byte block header: total samples in the low 36 bits of
        // bytes 13–17 of the block, the MD5 in bytes 18–33.
        ReadOnlySpan<byte> streamInfo = file.Bytes.AsSpan(8, 34);
        var totalSamples = ((streamInfo[13] & 0x0FL) << 32) | ((long)streamInfo[14] << 24) | ((long)streamInfo[15] << 16) | ((long)streamInfo[16] << 8) | streamInfo[17];
        Assert.Equal((long)Math.Round(Spec.DurationSeconds * 48_000), totalSamples);
#pragma warning disable CA5351 // FLAC's checksum is MD5 by definition.
        Assert.Equal(MD5.HashData(pcm), streamInfo[18..34].ToArray());
#pragma warning restore CA5351
    }

    [Fact]
    public void A_non_seekable_destination_gets_the_same_bytes()
    {
        using var buffer = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(buffer))
        {
            SongRenderer.Render(Spec, AudioContainer.Flac, forwardOnly);
        }

        Assert.Equal(RenderedFile.Render(Spec, AudioContainer.Flac), buffer.ToArray());
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
