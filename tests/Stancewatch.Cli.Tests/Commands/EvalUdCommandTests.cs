namespace Stancewatch.Cli.Tests.Commands;

public sealed class EvalUdCommandTests
{
    [Fact]
    public void EvalUd_RefusesGoldTagsOnRawText_WithUsage()
    {
        var (code, stdout, stderr) = CliRunner.Run("eval", "ud", "--gold", "any.conllu", "--raw", "--gold-tags");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(stdout);
        Assert.Contains("--raw and --gold-tags exclude each other", stderr, StringComparison.Ordinal);
    }
}
