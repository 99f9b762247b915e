using System.CommandLine;

namespace AceStep.Cli.Commands.Config;

/// <summary>
/// <c>acestep config</c>: read and change config.json. Only --set, --unset and --reset write the file;
/// the API key is never printed.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CommandRunner runner)
    {
        var flags = new ConfigFlags();
        var command = new Command("config", "Show or change the configuration");
        flags.AddTo(command);
        runner.Bind(command, (parse, _) => flags.Read(parse), RunAsync);
        return command;
    }

    public static Task<int> RunAsync(ConfigOptions options, RunContext context, CancellationToken cancellation) =>
        Task.FromResult(options.Action switch
        {
            ConfigAction.Summary => ConfigViews.Summary(context),
            ConfigAction.Get => ConfigViews.Get(context, options.Key!),
            ConfigAction.Set => ConfigEdits.Set(context, options.Key!, options.Value),
            ConfigAction.Unset => ConfigEdits.Unset(context, options.Key!),
            ConfigAction.List => ConfigViews.List(context),
            ConfigAction.Reset => ConfigEdits.Reset(context),
            ConfigAction.CheckKey => ConfigViews.CheckKey(context, options.Key),
            _ => ConfigViews.PrintPath(context),
        });
}
