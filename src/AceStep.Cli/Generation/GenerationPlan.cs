using AceStep.Cli.Output;
using AceStep.Client;

namespace AceStep.Cli.Generation;

/// <summary>A checked generation, ready to send: the library request, what is recorded about it, and a label.</summary>
internal sealed record GenerationPlan(GenerationRequest Request, RequestSummary Summary, string Label)
{
    /// <summary>
    /// What in the request only the 5Hz LM can honour: a server without the LM fails such jobs (version A without saying
    /// why), so they are turned off or refused before sending to such a server (<see cref="LanguageModelGuard"/>).
    /// </summary>
    public IReadOnlyList<LmNeed> LmNeeds { get; init; } = [];

    /// <summary>The LM's optional refinements that are on; a server without the LM skips them silently.</summary>
    public IReadOnlyList<string> LmExtras =>
        [.. new[] { ("use_cot_caption", Request.UseCotCaption), ("use_cot_language", Request.UseCotLanguage) }
            .Where(static extra => extra.Item2 == true)
            .Select(static extra => extra.Item1)];

    /// <summary>The same generation with everything the LM would do turned off, as <c>--no-thinking --no-format</c> would.</summary>
    public GenerationPlan WithoutLm()
    {
        var request = Request with
        {
            Thinking = Request.Thinking is null ? null : false,
            UseFormat = Request.UseFormat is null ? null : false,
            UseCotCaption = Request.UseCotCaption is null ? null : false,
            UseCotLanguage = Request.UseCotLanguage is null ? null : false,
        };
        return this with { Request = request, Summary = RequestSummary.Of(request), LmNeeds = [.. LmNeeds.Where(static need => need.IsExplicit)] };
    }
}
