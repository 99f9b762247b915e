namespace AceStep.Video.Text;

/// <summary>
/// One unbreakable piece of a line: a word, or one character of a script written without spaces. <see cref="WordIndex"/>
/// ties it to a timed word for highlighting (-1 when the line has no word times).
/// </summary>
internal sealed record TextToken(string Text, bool SpaceBefore, int WordIndex);
