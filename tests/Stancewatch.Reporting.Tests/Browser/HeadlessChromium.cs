using System.Diagnostics;
using System.Globalization;

namespace Stancewatch.Reporting.Tests.Browser;

/// <summary>
/// Runs Debian's Chromium headless on a local file (a fresh profile each time, no network features): dumps the DOM
/// after scripts ran, or takes a screenshot, and collects what the browser logged (console messages included).
/// </summary>
internal sealed class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static bool IsInstalled => File.Exists(Executable);

    /// <summary>The serialised DOM after load, and the browser's stderr log.</summary>
    public (string Dom, string Log) DumpDom(string htmlFile) =>
        Run(["--dump-dom", "--virtual-time-budget=2000", new Uri(htmlFile).AbsoluteUri]);

    /// <summary>Takes a screenshot of <paramref name="url"/> at the given window size; returns the log.</summary>
    public string Screenshot(string url, string pngFile, int width, int height) =>
        Run([$"--screenshot={pngFile}", string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"), "--hide-scrollbars", "--virtual-time-budget=2000", url]).Log;

    private static (string Stdout, string Log) Run(IEnumerable<string> args)
    {
        string profile = Path.Combine(Path.GetTempPath(), "stancewatch-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile,
            }.Concat(args))
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {stderr.Result}");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // The profile is a temporary folder; a file still held by a dying child process is left for the OS.
            }
        }
    }
}
