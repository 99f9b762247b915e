using AceStep.Simulator.Requests;

namespace AceStep.Simulator.Chat;

/// <summary>A chat request turned into job parameters, with the decoded audio files it owns.</summary>
internal sealed record ChatJobInput(GenerationParameters Parameters, IReadOnlyList<string> TemporaryFiles);
