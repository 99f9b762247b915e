using AceStep.Client.Tests.Support;

namespace AceStep.Client.Tests.Native;

public sealed class HealthShapesTests
{
    [Fact]
    public async Task The_stand_alone_servers_bare_health_answer_is_understood()
    {
        using var client = TestClients.Create(new StubHandler(_ => StubHandler.Json("""{"status":"ok","service":"ACE-Step OpenRouter API","version":"1.0"}""")));

        var health = await client.GetHealthAsync();

        Assert.Equal("ACE-Step OpenRouter API", health.Service);
        Assert.False(health.HasModelState);
    }

    [Fact]
    public async Task Version_B_fields_are_read_from_the_envelope()
    {
        using var client = TestClients.Create(new StubHandler(_ => StubHandler.Envelope(
            """{"status":"ok","service":"ACE-Step API","version":"1.0","models_initialized":true,"llm_initialized":false,"loaded_model":"acestep-v15-turbo","loaded_lm_model":null}""")));

        var health = await client.GetHealthAsync();

        Assert.True(health.ModelsInitialized);
        Assert.False(health.LlmInitialized);
        Assert.Equal("acestep-v15-turbo", health.LoadedModel);
        Assert.Null(health.LoadedLmModel);
    }
}
