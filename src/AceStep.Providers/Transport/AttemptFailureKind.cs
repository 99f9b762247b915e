namespace AceStep.Providers.Transport;

internal enum AttemptFailureKind
{
    /// <summary>The provider answered with an error status.</summary>
    HttpStatus,

    /// <summary>No usable answer: DNS, refused or dropped connection, TLS, a body cut short.</summary>
    Network,

    /// <summary>The attempt passed its deadline.</summary>
    Timeout,
}
