using AceStep.Simulator.Audio;
using AceStep.Simulator.Audio.Synthesis;

namespace AceStep.Simulator.Tests.Audio.Synthesis;

public sealed class PcmSynthesizerTests
{
    private static readonly SongPlan Plan = SongPlanner.Plan(new SongSpec(6.5, 140, "G minor", 4, 3));

    [Theory]
    [InlineData(140, 4)]
    [InlineData(300, 1)]
    [InlineData(45, 3)]
    public void The_samples_do_not_depend_on_the_block_size(int bpm, int beatsPerBar)
    {
        var plan = SongPlanner.Plan(new SongSpec(6.5, bpm, "G minor", beatsPerBar, 3));
        var synthesizer = new PcmSynthesizer(plan);
        var whole = Render(synthesizer, (int)plan.SampleCount);

        foreach (var blockFrames in new[] { 1000, 4096, 960 })
        {
            var blocks = Render(synthesizer, blockFrames);
            for (var i = 0; i < whole.Length; i++)
            {
                Assert.True(Math.Abs(whole[i] - blocks[i]) < 1e-4, $"Sample {i} differs with {blockFrames}-frame blocks.");
            }
        }
    }

    [Fact]
    public void Every_twentieth_of_a_second_is_audible_and_nothing_clips()
    {
        var samples = Render(new PcmSynthesizer(Plan), 4096);

        var window = 48_000 / 20 * PcmSynthesizer.Channels;
        for (var start = 0; start + window <= samples.Length; start += window)
        {
            double peak = samples.AsSpan(start, window).ToArray().Max(Math.Abs);
            Assert.True(peak > 0.01, $"Window at sample {start / 2} is nearly silent.");
        }

        Assert.True(samples.Max(Math.Abs) < 0.99f);
    }

    [Fact]
    public void Frames_past_the_end_are_silent()
    {
        var block = new float[200];
        block.AsSpan().Fill(1);

        new PcmSynthesizer(Plan).Render(Plan.SampleCount - 50, block);

        Assert.All(block[100..], sample => Assert.Equal(0, sample));
        Assert.Contains(block[..100], sample => sample != 0);
    }

    private static float[] Render(PcmSynthesizer synthesizer, int blockFrames)
    {
        var samples = new float[synthesizer.FrameCount * PcmSynthesizer.Channels];
        for (long frame = 0; frame < synthesizer.FrameCount; frame += blockFrames)
        {
            var frames = (int)Math.Min(blockFrames, synthesizer.FrameCount - frame);
            synthesizer.Render(frame, samples.AsSpan((int)frame * PcmSynthesizer.Channels, frames * PcmSynthesizer.Channels));
        }

        return samples;
    }
}
