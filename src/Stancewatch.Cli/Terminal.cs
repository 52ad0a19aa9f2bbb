using Spectre.Console;

namespace Stancewatch.Cli;

/// <summary>
/// Where a command writes: results (tables, text, JSON) go to <see cref="Out"/> (stdout); one-line problems
/// naming the input and the reason, and progress bars, go to <see cref="Error"/> (stderr), so that stdout
/// stays pipeable. Commands never use <see cref="System.Console"/> or <see cref="AnsiConsole"/> directly.
/// </summary>
public sealed class Terminal
{
    /// <summary>Creates a terminal over two consoles (tests pass recording consoles).</summary>
    public Terminal(IAnsiConsole output, IAnsiConsole error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Out = output;
        Error = error;
    }

    /// <summary>Standard output: the command's result.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Standard error: problems, warnings and progress.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>The process's stdout and stderr.</summary>
    public static Terminal FromProcess()
    {
        IAnsiConsole output = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            // Redirected output has no terminal width; keep tables readable in files and pipes.
            output.Profile.Width = 200;
        }

        return new Terminal(output, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }));
    }

    /// <summary>Writes one problem line: "<paramref name="subject"/>: <paramref name="reason"/>" on stderr.</summary>
    public void Problem(string subject, string reason) =>
        Error.MarkupLine($"[red]{Markup.Escape(subject)}[/]: {Markup.Escape(reason)}");

    /// <summary>Writes one warning line on stderr.</summary>
    public void Warning(string subject, string reason) =>
        Error.MarkupLine($"[yellow]{Markup.Escape(subject)}[/]: {Markup.Escape(reason)}");

    /// <summary>True when progress bars can be drawn (stderr is an interactive terminal).</summary>
    public bool ShowsProgress => Error.Profile.Capabilities.Interactive && !System.Console.IsErrorRedirected;
}
