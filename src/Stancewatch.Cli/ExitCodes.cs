namespace Stancewatch.Cli;

/// <summary>
/// The process exit codes of every stancewatch command. A command returns one of these from its action;
/// <see cref="Program"/> maps parse errors and unexpected exceptions.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (some inputs may have failed without --strict).</summary>
    public const int Success = 0;

    /// <summary>Input failure: nothing at all could be read, or with --strict anything failed.</summary>
    public const int InputFailed = 1;

    /// <summary>Bad command line, or a named thing (document id, file) that does not exist.</summary>
    public const int Usage = 2;

    /// <summary>Environment failure: the database or the disk could not be used; nothing half-written is left.</summary>
    public const int Environment = 3;

    /// <summary>A bug: an unexpected exception reached <see cref="Program.Main"/>.</summary>
    public const int Internal = 70;
}
