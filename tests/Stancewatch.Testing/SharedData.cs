namespace Stancewatch.Testing;

/// <summary>
/// Locates ../shared (the corpus, treebanks and gold standards that are never copied into the project).
/// Tests that need it call <see cref="Require"/>, which skips the test with a clear message when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The shared folder, or null when it is not beside the repository (or named by STANCEWATCH_SHARED).</summary>
    public static string? Directory => Root.Value;

    /// <summary>Repository root (the folder holding Stancewatch.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Path of a file under ../shared; skips the test when ../shared or the file is missing.</summary>
    public static string Require(string relativePath)
    {
        string? root = Directory;
        Assert.SkipWhen(root is null, "../shared is not beside the repository (set STANCEWATCH_SHARED to its path); this test needs it.");
        string path = Path.Combine(root!, relativePath);
        Assert.SkipUnless(File.Exists(path) || System.IO.Directory.Exists(path), $"{path} is missing; this test needs it.");
        return path;
    }

    private static string? Find()
    {
        string? env = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env))
        {
            return env;
        }

        string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Stancewatch.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find Stancewatch.slnx above " + AppContext.BaseDirectory);
    }
}
