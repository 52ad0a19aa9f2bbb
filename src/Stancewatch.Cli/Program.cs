using System.CommandLine;

namespace Stancewatch.Cli;

/// <summary>Entry point: the composition root of the stancewatch command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Stancewatch: evidence-linked records of where governments stand on a crisis.");
        root.Subcommands.Add(Commands.TrainCommand.Create());
        root.Subcommands.Add(Commands.ParseCommand.Create());
        root.Subcommands.Add(Commands.EvalCommand.Create());
        root.Subcommands.Add(Commands.TrainTokenizerCommand.Create());
        return root.Parse(args).Invoke();
    }
}
