namespace AceStep.Client.Tests.Jobs;

public sealed class JobIdSanitizerTests
{
    [Theory]
    [InlineData("7c9e6679-7425-40de-944b-e07fc1f90ae7")]
    [InlineData("chatcmpl-5f1c0a9e3b7d2c48")]
    public void Real_ids_are_safe_and_kept(string id)
    {
        Assert.True(JobIdSanitizer.IsSafe(id));
        Assert.Equal(id, JobIdSanitizer.ToFileStem(id));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("id\u0000with\nnul")]
    [InlineData("")]
    public void Hostile_ids_are_unsafe_and_become_plain_stems(string id)
    {
        Assert.False(JobIdSanitizer.IsSafe(id));
        var stem = JobIdSanitizer.ToFileStem(id);
        Assert.True(JobIdSanitizer.IsSafe(stem));
        Assert.Equal(Path.GetFileName(stem), stem);
    }

    [Fact]
    public void Absurdly_long_ids_are_bounded_and_distinct()
    {
        var a = JobIdSanitizer.ToFileStem(new string('a', 5000) + "1");
        var b = JobIdSanitizer.ToFileStem(new string('a', 5000) + "2");

        Assert.True(a.Length <= 110);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Different_unsafe_ids_do_not_share_a_stem() =>
        Assert.NotEqual(JobIdSanitizer.ToFileStem("a/b"), JobIdSanitizer.ToFileStem("a\\b"));
}
