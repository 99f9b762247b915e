namespace AceStep.Songwriting.Parsing;

/// <summary>A bracket that does not form a tag: unclosed, stray, or empty; the model would read it as lyrics.</summary>
internal sealed record MalformedTag(int Line, int Column, string Text, string Problem);
