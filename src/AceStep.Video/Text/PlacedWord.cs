namespace AceStep.Video.Text;

/// <summary>A shaped token at its place in a <see cref="TextBlock"/>: left edge and baseline relative to the block's top-left corner.</summary>
internal sealed record PlacedWord(ShapedText Text, float X, float Baseline, int WordIndex)
{
    public float Right => X + Text.Width;
}
