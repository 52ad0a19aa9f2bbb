using System.CommandLine;

namespace Stancewatch.Cli.Commands;

/// <summary>
/// The <c>eval</c> parent command. Each evaluation is a subcommand added in <see cref="Create"/>, one line each
/// (<c>eval ud</c>; others add <c>eval ner</c>, <c>eval events</c>, <c>eval findings</c>).
/// </summary>
public static class EvalCommand
{
    /// <summary>Builds <c>eval</c> with its subcommands; those that take a terminal get <paramref name="terminal"/>.</summary>
    public static Command Create(Terminal? terminal = null)
    {
        var eval = new Command("eval", "Measure Stancewatch against gold standards (see each subcommand's --help).");
        eval.Subcommands.Add(EvalUdCommand.Create(terminal));
        eval.Subcommands.Add(EvalEventsCommand.Create());
        eval.Subcommands.Add(EvalFindingsCommand.Create(terminal));
        eval.Subcommands.Add(EvalNerCommand.Create());
        return eval;
    }
}
