using AceStep.Simulator.CommandLine;

namespace AceStep.Simulator.Tests.Units;

/// <summary>The command-line syntax of response faults.</summary>
public sealed class ResponseFaultSyntaxTests
{
    [Fact]
    public void Path_alone_is_one_plain_500_JSON_fault()
    {
        var fault = ResponseFaultSyntax.ParseFailure("/query_result");

        Assert.Equal(("/query_result", ResponseFaultKind.Status, 500, 1), (fault.Path, fault.Kind, fault.StatusCode, fault.Count));
    }

    [Fact]
    public void Path_status_and_count_make_a_counted_status_fault()
    {
        var fault = ResponseFaultSyntax.ParseFailure("/release_task,503,3");

        Assert.Equal((ResponseFaultKind.Status, 503, 3), (fault.Kind, fault.StatusCode, fault.Count));
    }

    [Fact]
    public void Text_means_the_plain_text_error()
    {
        Assert.Equal(ResponseFaultKind.PlainText500, ResponseFaultSyntax.ParseFailure("/health,text,0").Kind);
    }

    [Fact]
    public void Malformed_JSON_fault_takes_a_count()
    {
        var fault = ResponseFaultSyntax.ParseMalformedJson("/query_result,2");

        Assert.Equal((ResponseFaultKind.MalformedJson, 2), (fault.Kind, fault.Count));
    }

    [Theory]
    [InlineData("/x,200")]
    [InlineData("/x,abc")]
    [InlineData("/x,500,many")]
    public void Bad_values_are_rejected(string text) => Assert.Throws<FormatException>(() => ResponseFaultSyntax.ParseFailure(text));
}
