using AceStep.Client.Audio;
using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Audio;

public sealed class AudioFormatSnifferTests
{
    [Fact]
    public void Recognises_each_format_from_its_bytes()
    {
        Assert.Equal(AudioFormat.Mp3, AudioFormatSniffer.Detect(AudioSamples.Mp3(2)));
        Assert.Equal(AudioFormat.Mp3, AudioFormatSniffer.Detect(AudioSamples.Mp3(2, withId3: false)));
        Assert.Equal(AudioFormat.Wav, AudioFormatSniffer.Detect(AudioSamples.Wav(0.1)));
        Assert.Equal(AudioFormat.WavFloat, AudioFormatSniffer.Detect(AudioSamples.Wav(0.1, ieeeFloat: true)));
        Assert.Equal(AudioFormat.Flac, AudioFormatSniffer.Detect(AudioSamples.FlacHeader(44100)));
        Assert.Equal(AudioFormat.Opus, AudioFormatSniffer.Detect(AudioSamples.OggOpus(48000)));
        Assert.Equal(AudioFormat.Aac, AudioFormatSniffer.Detect(AudioSamples.Adts(3)));
    }

    [Fact]
    public void Recognises_an_m4a_by_its_ftyp_box()
    {
        byte[] m4a = [0, 0, 0, 0x20, .. "ftypM4A "u8, 0, 0, 2, 0, .. "M4A mp42isom"u8];

        Assert.Equal(AudioFormat.Mp4, AudioFormatSniffer.Detect(m4a));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>")]
    [InlineData("{\"detail\":\"Audio file not found\"}")]
    [InlineData("")]
    public void Text_is_not_audio(string text) =>
        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect(System.Text.Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData(AudioFormat.Mp3, "mp3")]
    [InlineData(AudioFormat.WavFloat, "wav")]
    [InlineData(AudioFormat.Flac, "flac")]
    [InlineData(AudioFormat.Opus, "opus")]
    [InlineData(AudioFormat.Aac, "aac")]
    [InlineData(AudioFormat.Mp4, "m4a")]
    public void Extensions_follow_the_content(AudioFormat format, string extension) =>
        Assert.Equal(extension, AudioFormatSniffer.ExtensionFor(format));
}
