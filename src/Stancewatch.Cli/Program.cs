using System.CommandLine;
using Spectre.Console;
using Stancewatch.Cli.Commands;
using Stancewatch.Storage;
using Microsoft.Data.Sqlite;

namespace Stancewatch.Cli;

/// <summary>
/// Entry point: the composition root of the stancewatch command. Conventions for commands:
/// one class per command in Commands/ with <c>static Command Create(Terminal terminal)</c>, registered below with
/// one line; every command takes <see cref="CommonOptions.Database"/>; results to <see cref="Terminal.Out"/>,
/// problems to <see cref="Terminal.Error"/>; the action returns one of <see cref="ExitCodes"/>.
/// </summary>
public static class Program
{
    /// <summary>Parses and runs one command line.</summary>
    public static int Main(string[] args)
    {
        Terminal terminal = Terminal.FromProcess();
        RootCommand root = CreateRoot(terminal);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Problem("stancewatch", error.Message);
            }

            terminal.Error.WriteLine("Run 'stancewatch --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (SqliteException ex)
        {
            terminal.Problem("database", ex.Message);
            return ExitCodes.Environment;
        }
        catch (StoreSchemaException ex)
        {
            terminal.Problem("database", ex.Message);
            return ExitCodes.Environment;
        }
        catch (IOException ex)
        {
            terminal.Problem("disk", ex.Message);
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException)
        {
            terminal.Problem("stancewatch", "cancelled");
            return ExitCodes.Environment;
        }
        catch (Exception ex)
        {
            terminal.Problem("stancewatch: internal error", ex.ToString());
            return ExitCodes.Internal;
        }
    }

    /// <summary>The root command with every subcommand registered (one line each).</summary>
    public static RootCommand CreateRoot(Terminal terminal)
    {
        var root = new RootCommand("Stancewatch: evidence-linked records of where governments stand on a crisis.");
        root.Subcommands.Add(Commands.EvalCommand.Create(terminal));
        root.Subcommands.Add(IngestCommand.Create(terminal));
        root.Subcommands.Add(DocsCommand.Create(terminal));
        root.Subcommands.Add(ShowCommand.Create(terminal));
        root.Subcommands.Add(Commands.TrainCommand.Create());
        root.Subcommands.Add(Commands.ParseCommand.Create());
        root.Subcommands.Add(Commands.TrainTokenizerCommand.Create());
        root.Subcommands.Add(Commands.ActorsCommand.Create(terminal));
        root.Subcommands.Add(Commands.KbCommand.Create(terminal));
        root.Subcommands.Add(Commands.AnalyzeCommand.Create(terminal));
        root.Subcommands.Add(Commands.CodeCommand.Create(terminal));
        return root;
    }
}
