namespace AceStep.Simulator;

/// <summary>How an injected response fault answers a matching request.</summary>
public enum ResponseFaultKind
{
    /// <summary>The chosen status code with a FastAPI body <c>{"detail":"Injected fault"}</c>.</summary>
    Status,

    /// <summary>HTTP 500, <c>text/plain; charset=utf-8</c>, body <c>Internal Server Error</c> (an unhandled exception upstream).</summary>
    PlainText500,

    /// <summary>HTTP 200 with <c>application/json</c> and a truncated, unparsable JSON body.</summary>
    MalformedJson,
}
