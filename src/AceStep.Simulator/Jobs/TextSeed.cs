using System.Security.Cryptography;
using System.Text;

namespace AceStep.Simulator.Jobs;

/// <summary>A stable seed derived from text, so the simulated LM answers the same input the same way.</summary>
internal static class TextSeed
{
    public static long Of(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0) & 0xFFFF_FFFFL;
}
