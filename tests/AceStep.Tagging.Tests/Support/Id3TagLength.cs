namespace AceStep.Tagging.Tests.Support;

/// <summary>A test's own reading of the ID3v2 header at the start of a file: how many bytes the tag takes.</summary>
internal static class Id3TagLength
{
    public static int Of(byte[] file) =>
        file.Length >= 10 && file[0] == 'I' && file[1] == 'D' && file[2] == '3'
            ? 10 + ((file[6] << 21) | (file[7] << 14) | (file[8] << 7) | file[9]) + ((file[5] & 0x10) != 0 ? 10 : 0)
            : 0;
}
