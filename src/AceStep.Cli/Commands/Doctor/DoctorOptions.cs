namespace AceStep.Cli.Commands.Doctor;

/// <summary><c>acestep doctor</c>, parsed: the 127.0.0.1 ports probed after the configured address.</summary>
internal sealed record DoctorOptions(IReadOnlyList<int> Ports)
{
    /// <summary>The API (8001), the stand-alone OpenRouter server (8002), the Gradio UI (7860).</summary>
    public static readonly IReadOnlyList<int> DefaultPorts = [8001, 8002, 7860];
}
