namespace AceStep.Client.Tests.Support;

/// <summary>Tests that measure process-wide figures (allocations) and must not run beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "serial";
}
