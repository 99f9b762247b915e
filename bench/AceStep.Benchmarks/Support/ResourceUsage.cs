using System.Runtime.InteropServices;

namespace AceStep.Benchmarks.Support;

/// <summary>
/// CPU time and peak memory from getrusage(2) (Linux): this process's own, and that of its finished children (the
/// ffmpeg processes a render starts), which the kernel adds up once they have been waited for.
/// </summary>
internal static partial class ResourceUsage
{
    private const int Self = 0;
    private const int Children = -1;

    public static (TimeSpan Cpu, double PeakMegabytes) OfSelf() => Read(Self);

    /// <summary>The children's CPU time summed, and the peak memory of the largest one.</summary>
    public static (TimeSpan Cpu, double PeakMegabytes) OfChildren() => Read(Children);

    private static (TimeSpan Cpu, double PeakMegabytes) Read(int who)
    {
        if (getrusage(who, out var usage) != 0)
        {
            return (TimeSpan.Zero, double.NaN);
        }

        var microseconds = ((usage.UserSeconds + usage.SystemSeconds) * 1_000_000) + usage.UserMicroseconds + usage.SystemMicroseconds;
        return (TimeSpan.FromMicroseconds(microseconds), usage.MaxResidentKilobytes / 1024.0);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out RUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long SharedMemory;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
