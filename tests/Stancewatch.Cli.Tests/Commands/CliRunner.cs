using Spectre.Console;

namespace Stancewatch.Cli.Tests.Commands;

/// <summary>Runs the CLI in process with plain-text output captured.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var terminal = new Terminal(
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors }),
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors }));
        var parsed = Program.CreateRoot(terminal).Parse(args);
        Assert.Empty(parsed.Errors);
        int code = parsed.Invoke();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
