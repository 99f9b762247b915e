using System.Globalization;
using System.Text.Json;

namespace AceStep.Video.Tests.Support;

internal sealed record ProbedStream(string Type, string Codec, int Width, int Height, double FramesPerSecond)
{
    public static ProbedStream From(JsonElement stream)
    {
        var rate = stream.TryGetProperty("r_frame_rate", out var value) ? value.GetString()!.Split('/') : ["0", "1"];
        var denominator = double.Parse(rate[1], CultureInfo.InvariantCulture);
        return new ProbedStream(
            stream.GetProperty("codec_type").GetString()!,
            stream.GetProperty("codec_name").GetString()!,
            stream.TryGetProperty("width", out var width) ? width.GetInt32() : 0,
            stream.TryGetProperty("height", out var height) ? height.GetInt32() : 0,
            denominator == 0 ? 0 : double.Parse(rate[0], CultureInfo.InvariantCulture) / denominator);
    }
}
