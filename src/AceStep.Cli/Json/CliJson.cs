using System.Text.Encodings.Web;
using System.Text.Json;

namespace AceStep.Cli.Json;

/// <summary>
/// The serializer context the CLI writes with: the generated one, but leaving non-ASCII text readable, because
/// agents and people read lyrics (any language) straight from the saved files and the --json output.
/// </summary>
internal static class CliJson
{
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
