namespace Stancewatch.Storage.Tests.Sqlite;

internal static class StoreDisposal
{
    /// <summary>Wraps an async-disposable store for a synchronous using block.</summary>
    public static IDisposable AsDisposable(this IStore store) => new Sync(store);

    private sealed class Sync(IStore store) : IDisposable
    {
        public void Dispose() => store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
