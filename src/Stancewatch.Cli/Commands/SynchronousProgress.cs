namespace Stancewatch.Cli.Commands;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread (Progress&lt;T&gt; would post it elsewhere).</summary>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
