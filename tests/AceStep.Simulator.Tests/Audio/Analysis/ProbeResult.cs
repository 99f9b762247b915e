namespace AceStep.Simulator.Tests.Audio.Analysis;

/// <summary>What ffprobe reports about a file's first audio stream.</summary>
internal sealed record ProbeResult(string CodecName, int SampleRate, int Channels, double DurationSeconds);
