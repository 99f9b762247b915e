using System.Text;

namespace AceStep.Tagging.Tests.Support;

internal sealed record ToolOutput(int ExitCode, byte[] Output, string Errors)
{
    public string Text => Encoding.UTF8.GetString(Output);
}
