using System.CommandLine;
using AceStep.Cli.Commands.Batch;
using AceStep.Cli.Commands.Config;
using AceStep.Cli.Commands.Doctor;
using AceStep.Cli.Commands.Generate;
using AceStep.Cli.Commands.Health;
using AceStep.Cli.Commands.Help;
using AceStep.Cli.Commands.Init;
using AceStep.Cli.Commands.Jobs;
using AceStep.Cli.Commands.Lint;
using AceStep.Cli.Commands.Lora;
using AceStep.Cli.Commands.Models;
using AceStep.Cli.Commands.Stats;
using AceStep.Cli.Commands.Status;
using AceStep.Cli.Commands.Tag;
using AceStep.Cli.Commands.Thumbnail;
using AceStep.Cli.Commands.Transcribe;
using AceStep.Cli.Commands.Mv;
using AceStep.Cli.Commands.Video;
using AceStep.Cli.Errors;

namespace AceStep.Cli.Commands;

/// <summary>Builds the command tree: every command, with the global flags on the root.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(CommandRunner runner)
    {
        var root = new RootCommand("acestep: make music with an ACE-Step 1.5 server (native or OpenRouter-compatible API).");
        foreach (var option in runner.Globals.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(GenerateCommand.Create(runner));
        root.Subcommands.Add(CoverCommand.Create(runner));
        root.Subcommands.Add(RandomCommand.Create(runner));
        root.Subcommands.Add(LintCommand.Create(runner));
        root.Subcommands.Add(BatchCommand.Create(runner));
        root.Subcommands.Add(StatusCommand.Create(runner));
        root.Subcommands.Add(TagCommand.Create(runner));
        root.Subcommands.Add(JobsCommand.Create(runner));
        root.Subcommands.Add(ModelsCommand.Create(runner));
        root.Subcommands.Add(HealthCommand.Create(runner));
        root.Subcommands.Add(TranscribeCommand.Create(runner));
        root.Subcommands.Add(StatsCommand.Create(runner));
        root.Subcommands.Add(InitCommand.Create(runner));
        root.Subcommands.Add(LoraCommand.Create(runner));
        root.Subcommands.Add(DoctorCommand.Create(runner));
        root.Subcommands.Add(ThumbnailCommand.Create(runner));
        root.Subcommands.Add(ConfigCommand.Create(runner));
        root.Subcommands.Add(MvCommand.Create(runner));
        root.Subcommands.Add(VideoCommand.Create(runner));
        root.Subcommands.Add(HelpCommand.Create(root));
        RootHelpAction.InstallOn(root);

        // `acestep` alone: the usage, on stderr, as a usage error (a script that forgot its command must notice).
        root.SetAction(async (_, cancellation) =>
        {
            var console = runner.Environment.Console;
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = console.Error, Error = console.Error }, cancellation);
            return (int)ExitCode.Usage;
        });
        return root;
    }
}
