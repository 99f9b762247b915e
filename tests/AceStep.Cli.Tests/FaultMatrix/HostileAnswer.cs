using System.Text;

namespace AceStep.Cli.Tests.FaultMatrix;

/// <summary>
/// One canned answer of <see cref="HostileServer"/>. <paramref name="DeclaredLength"/> announces more bytes than
/// the body has (a truncated answer); <paramref name="Endless"/> streams filler after the body until the client
/// hangs up.
/// </summary>
internal sealed record HostileAnswer(int Status, string ContentType, byte[] Body, long? DeclaredLength = null, bool Endless = false)
{
    public static HostileAnswer Json(string json) => new(200, "application/json", Encoding.UTF8.GetBytes(json));

    /// <summary>
    /// The envelope every native endpoint wraps its answer in (<c>data</c>, <c>code</c>, <c>error</c>,
    /// <c>timestamp</c>, <c>extra</c>) around <paramref name="dataJson"/>.
    /// </summary>
    public static HostileAnswer Envelope(string dataJson) =>
        Json($$"""{"data":{{dataJson}},"code":200,"error":null,"timestamp":1780315200000,"extra":null}""");

    public static HostileAnswer NotFound { get; } = new(404, "application/json", """{"detail":"Not Found"}"""u8.ToArray());
}
