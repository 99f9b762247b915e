using AceStep.Providers.Transport;

namespace AceStep.Providers.Tests.Transport;

public sealed class SecretRedactorTests
{
    [Fact]
    public void The_key_and_masked_echoes_of_it_are_removed()
    {
        var text = SecretRedactor.Redact("Incorrect API key provided: sk-proj-********************abcd. Your key sk-live-123 is sk-live-123.", "sk-live-123");

        Assert.Equal("Incorrect API key provided: [redacted]. Your key [redacted] is [redacted].", text);
    }

    [Fact]
    public void Text_without_the_key_is_left_alone()
    {
        Assert.Equal("Rate limit reached for whisper-1 (RPM 50*2)", SecretRedactor.Redact("Rate limit reached for whisper-1 (RPM 50*2)", "sk-x"));
    }
}
