namespace AceStep.Songwriting.Parsing;

/// <summary>One piece of a source line in reading order: a tag or a run of text.</summary>
internal sealed record LineItem(int Line, int Column, SectionTag? Tag, string? Text);
