using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;

namespace LossGen.Benchmarks;

/// <summary>
/// One job for every benchmark: enough iterations for a stable median on a shared, noisy machine, short enough that
/// the whole suite runs in about ten minutes. Ratios are against the bandwidth-ceiling kernel of the same element
/// type, in the same run.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default
            .WithWarmupCount(6)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithStrategy(RunStrategy.Throughput));
        AddColumn(StatisticColumn.Median, new PerElementColumn(), new BandwidthColumn());
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
