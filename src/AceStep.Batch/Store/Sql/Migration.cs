namespace AceStep.Batch.Store;

/// <summary>One step of the schema: applied once, in a transaction, and recorded in <c>acestep_schema_version</c>.</summary>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
