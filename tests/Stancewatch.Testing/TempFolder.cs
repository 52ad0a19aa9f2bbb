namespace Stancewatch.Testing;

/// <summary>A temporary folder deleted at the end of the test (best effort).</summary>
public sealed class TempFolder : IDisposable
{
    private readonly Action? _beforeDelete;

    /// <param name="beforeDelete">Runs before deletion, e.g. to release pooled database connections holding files open.</param>
    public TempFolder(Action? beforeDelete = null)
    {
        _beforeDelete = beforeDelete;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "stancewatch-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        _beforeDelete?.Invoke();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not fail a test.
        }
    }
}
