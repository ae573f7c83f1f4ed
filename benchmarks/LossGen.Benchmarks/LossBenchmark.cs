using System;
using BenchmarkDotNet.Attributes;

namespace LossGen.Benchmarks;

/// <summary>
/// Inputs shared by a loss's benchmarks: targets y, predictions p and a gradient buffer of N elements in float and in
/// double, plus two scratch buffers for the multi-pass TensorPrimitives compositions. The same data serve every
/// method, so the ratios compare code, not inputs.
/// </summary>
public abstract class LossBenchmark
{
    [Params(4_096, 262_144, 16_777_216)]
    public int N { get; set; }

    protected float[] YFloat { get; private set; } = [];

    protected float[] PFloat { get; private set; } = [];

    protected float[] GradientFloat { get; private set; } = [];

    protected float[] ScratchFloat { get; private set; } = [];

    protected float[] Scratch2Float { get; private set; } = [];

    protected double[] YDouble { get; private set; } = [];

    protected double[] PDouble { get; private set; } = [];

    protected double[] GradientDouble { get; private set; } = [];

    protected double[] ScratchDouble { get; private set; } = [];

    protected double[] Scratch2Double { get; private set; } = [];

    /// <summary>The interval targets are drawn from (binary targets round them to 0 or 1).</summary>
    protected virtual (double From, double To, bool Binary) Targets => (-3, 3, false);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        (double from, double to, bool binary) = Targets;
        YDouble = new double[N];
        PDouble = new double[N];
        for (int i = 0; i < N; i++)
        {
            double target = from + ((to - from) * random.NextDouble());
            YDouble[i] = binary ? Math.Round(target) : target;
            PDouble[i] = -6 + (12 * random.NextDouble());
        }

        GradientDouble = new double[N];
        ScratchDouble = new double[N];
        Scratch2Double = new double[N];
        YFloat = Array.ConvertAll(YDouble, v => (float)v);
        PFloat = Array.ConvertAll(PDouble, v => (float)v);
        GradientFloat = new float[N];
        ScratchFloat = new float[N];
        Scratch2Float = new float[N];
    }
}
