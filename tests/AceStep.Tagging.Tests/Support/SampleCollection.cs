namespace AceStep.Tagging.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleFiles>
{
    public const string Name = "samples";
}
