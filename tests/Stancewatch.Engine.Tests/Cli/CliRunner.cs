using Spectre.Console;
using Stancewatch.Cli;

namespace Stancewatch.Engine.Tests.Cli;

/// <summary>Runs the stancewatch command line in-process with recorded stdout and stderr.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(Console(output), Console(error));
        System.CommandLine.ParseResult parse = Program.CreateRoot(terminal).Parse(args);
        int code = parse.Errors.Count > 0 ? ExitCodes.Usage : parse.Invoke();
        return (code, output.ToString(), error.ToString());
    }

    private static IAnsiConsole Console(StringWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }
}
