using System.Text;

namespace AceStep.Client.Tests.Support;

/// <summary>A request as the stub server saw it.</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[]? Body,
    long? RangeFrom)
{
    public string BodyText => Body is null ? string.Empty : Encoding.UTF8.GetString(Body);

    public string PathAndQuery => Uri.PathAndQuery;
}
