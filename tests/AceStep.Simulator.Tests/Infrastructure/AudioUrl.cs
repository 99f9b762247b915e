namespace AceStep.Simulator.Tests.Infrastructure;

/// <summary>Turns a result item's <c>file</c> URL back into the server path it names.</summary>
internal static class AudioUrl
{
    public static string PathOf(string fileUrl)
    {
        const string prefix = "/v1/audio?path=";
        Assert.StartsWith(prefix, fileUrl, StringComparison.Ordinal);
        return Uri.UnescapeDataString(fileUrl[prefix.Length..]);
    }
}
