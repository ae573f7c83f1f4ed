using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LossGen.Benchmarks;

/// <summary>Median nanoseconds per element: the batch's median time divided by its length N.</summary>
public sealed class PerElementColumn : IColumn
{
    public string Id => "ns/elem";

    public string ColumnName => "ns/elem";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time per element, in nanoseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return median is null ? "-" : (median.Value / Length(benchmarkCase)).ToString("0.000", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    internal static int Length(BenchmarkCase benchmarkCase) =>
        (int)benchmarkCase.Parameters.Items.Single(p => p.Name == "N").Value;
}

/// <summary>
/// The memory traffic a fused loss-and-gradient pass needs, at the median time: two inputs read and one gradient
/// written, element size times 3 bytes per element (what the ceiling kernel moves too).
/// </summary>
public sealed class BandwidthColumn : IColumn
{
    public string Id => "GB/s";

    public string ColumnName => "GB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Two inputs read and one output written per element, at the median time, in GB/s";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? median = summary[benchmarkCase]?.ResultStatistics?.Median;
        int elementSize = benchmarkCase.Descriptor.Categories.Contains("float") ? 4 : 8;
        return median is null ? "-" : (3.0 * elementSize * PerElementColumn.Length(benchmarkCase) / median.Value).ToString("0.0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
