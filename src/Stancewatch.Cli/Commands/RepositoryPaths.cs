namespace Stancewatch.Cli.Commands;

/// <summary>Default locations: the repository root above the working directory, its models/ and the ../shared beside it.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding Stancewatch.slnx at or above the working directory, or null.</summary>
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>The shared data folder: STANCEWATCH_SHARED, else ../shared beside the repository, else ../shared.</summary>
    public static string Shared()
    {
        string? env = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        string? root = Root();
        return Path.GetFullPath(Path.Combine(root ?? Environment.CurrentDirectory, "..", "shared"));
    }

    /// <summary>Where training writes models: the repository's models/, else ./models.</summary>
    public static string ModelsOutput() => Path.Combine(Root() ?? Environment.CurrentDirectory, "models");
}
