using System.Runtime.ExceptionServices;

namespace AceStep.Client.Audio;

/// <summary>
/// Carries a failure of the local disk through the HTTP retry logic, which would otherwise take an
/// <see cref="IOException"/> for a dropped connection and retry it. It is unwrapped before reaching callers.
/// </summary>
internal sealed class LocalFileFailure(Exception inner) : Exception(inner.Message, inner)
{
    public static async ValueTask GuardAsync(ValueTask write)
    {
        try
        {
            await write.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new LocalFileFailure(exception);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Rethrow()
    {
        ExceptionDispatchInfo.Throw(InnerException!);
    }
}
