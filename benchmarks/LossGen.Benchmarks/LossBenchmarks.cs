using BenchmarkDotNet.Attributes;

namespace LossGen.Benchmarks;

// Each class: one loss, the generated fused value-and-gradient against the naive loop, the TensorPrimitives
// composition and the bandwidth ceiling (the baseline), in float and in double, at every N.

[BenchmarkCategory("Huber")]
public class HuberBenchmarks : LossBenchmark
{
    [Benchmark(Baseline = true), BenchmarkCategory("float")]
    public float CeilingFloat()
    {
        Ceiling.Subtract<float>(PFloat, YFloat, GradientFloat);
        return GradientFloat[0];
    }

    [Benchmark, BenchmarkCategory("float")]
    public double GeneratedFloat() => RegressionLosses.HuberWithGradient(YFloat, PFloat, 1f, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double NaiveFloat() => Baselines.NaiveHuber<float>(YFloat, PFloat, 1f, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double TensorPrimitivesFloat() => Baselines.TensorHuber<float>(YFloat, PFloat, 1f, GradientFloat, ScratchFloat, Scratch2Float);

    [Benchmark(Baseline = true), BenchmarkCategory("double")]
    public double CeilingDouble()
    {
        Ceiling.Subtract<double>(PDouble, YDouble, GradientDouble);
        return GradientDouble[0];
    }

    [Benchmark, BenchmarkCategory("double")]
    public double GeneratedDouble() => RegressionLosses.HuberWithGradient(YDouble, PDouble, 1.0, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double NaiveDouble() => Baselines.NaiveHuber<double>(YDouble, PDouble, 1.0, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double TensorPrimitivesDouble() => Baselines.TensorHuber<double>(YDouble, PDouble, 1.0, GradientDouble, ScratchDouble, Scratch2Double);
}

[BenchmarkCategory("SquaredError")]
public class SquaredErrorBenchmarks : LossBenchmark
{
    [Benchmark(Baseline = true), BenchmarkCategory("float")]
    public float CeilingFloat()
    {
        Ceiling.Subtract<float>(PFloat, YFloat, GradientFloat);
        return GradientFloat[0];
    }

    [Benchmark, BenchmarkCategory("float")]
    public double GeneratedFloat() => RegressionLosses.SquaredErrorWithGradient(YFloat, PFloat, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double NaiveFloat() => Baselines.NaiveSquaredError<float>(YFloat, PFloat, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double TensorPrimitivesFloat() => Baselines.TensorSquaredError<float>(YFloat, PFloat, GradientFloat);

    [Benchmark(Baseline = true), BenchmarkCategory("double")]
    public double CeilingDouble()
    {
        Ceiling.Subtract<double>(PDouble, YDouble, GradientDouble);
        return GradientDouble[0];
    }

    [Benchmark, BenchmarkCategory("double")]
    public double GeneratedDouble() => RegressionLosses.SquaredErrorWithGradient(YDouble, PDouble, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double NaiveDouble() => Baselines.NaiveSquaredError<double>(YDouble, PDouble, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double TensorPrimitivesDouble() => Baselines.TensorSquaredError<double>(YDouble, PDouble, GradientDouble);
}

[BenchmarkCategory("BinaryCrossEntropyWithLogits")]
public class BinaryCrossEntropyBenchmarks : LossBenchmark
{
    protected override (double From, double To, bool Binary) Targets => (0, 1, true);

    [Benchmark(Baseline = true), BenchmarkCategory("float")]
    public float CeilingFloat()
    {
        Ceiling.Subtract<float>(PFloat, YFloat, GradientFloat);
        return GradientFloat[0];
    }

    [Benchmark, BenchmarkCategory("float")]
    public double GeneratedFloat() => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(YFloat, PFloat, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double NaiveFloat() => Baselines.NaiveBce<float>(YFloat, PFloat, GradientFloat);

    [Benchmark, BenchmarkCategory("float")]
    public double TensorPrimitivesFloat() => Baselines.TensorBce<float>(YFloat, PFloat, GradientFloat, ScratchFloat, Scratch2Float);

    [Benchmark(Baseline = true), BenchmarkCategory("double")]
    public double CeilingDouble()
    {
        Ceiling.Subtract<double>(PDouble, YDouble, GradientDouble);
        return GradientDouble[0];
    }

    [Benchmark, BenchmarkCategory("double")]
    public double GeneratedDouble() => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(YDouble, PDouble, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double NaiveDouble() => Baselines.NaiveBce<double>(YDouble, PDouble, GradientDouble);

    [Benchmark, BenchmarkCategory("double")]
    public double TensorPrimitivesDouble() => Baselines.TensorBce<double>(YDouble, PDouble, GradientDouble, ScratchDouble, Scratch2Double);
}
