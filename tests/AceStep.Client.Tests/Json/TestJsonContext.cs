using System.Text.Json.Serialization;

namespace AceStep.Client.Tests.Json;

/// <summary>Source-generated JSON for test fixtures (the solution avoids reflection serialisation).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
