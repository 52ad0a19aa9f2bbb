using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Stancewatch.Benchmarks.Tokenization;

/// <summary>A summary column: tokens of the EWT dev raw text processed per second (mean time per operation).</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    private readonly Lazy<int> _tokens = new(TokenizationBenchData.TokenCount);

    public string Id => nameof(TokensPerSecondColumn);
    public string ColumnName => "Tokens/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Tokens processed per second on one core (EWT dev raw text)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        double? meanNs = report?.ResultStatistics?.Mean;
        return meanNs is > 0 ? (_tokens.Value / (meanNs.Value * 1e-9)).ToString("N0", CultureInfo.InvariantCulture) : "n/a";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
