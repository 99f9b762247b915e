namespace AceStep.Simulator.Jobs;

/// <summary>A simulated generation error; its message ends up in a Python-style traceback.</summary>
internal sealed class JobFailure(string message) : Exception(message)
{
    /// <summary>The text upstream keeps in its store (and sends to chat clients): a full traceback.</summary>
    public static string Traceback(string message) =>
        "Traceback (most recent call last):\n" +
        "  File \"/app/acestep/api/job_runner.py\", line 214, in _run_generation\n" +
        "    result = generate_music(params, config)\n" +
        $"RuntimeError: {message}\n";
}
