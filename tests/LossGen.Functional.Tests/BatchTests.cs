using System;
using System.Linq;
using LossGen.Batch;

namespace LossGen.Functional.Tests;

/// <summary>
/// The batch methods against the scalar methods, sample by sample, for every length from 0 to 300: that covers the
/// unrolled loop, the single-vector loop and the scalar tail at every width. NaN and infinities are mixed into the
/// data and must come out where the scalar code puts them. .ci/run repeats these tests at each vector width.
/// </summary>
[Trait("Category", "Batch")]
public class BatchTests
{
    private const int MaxLength = 300;

    public static TheoryData<string> Losses => new() { "SquaredError", "AbsoluteError", "Huber", "BinaryCrossEntropyWithLogits" };

    [Theory]
    [MemberData(nameof(Losses))]
    public void Double_batches_match_the_scalar_code_at_every_length(string loss)
    {
        for (int n = 0; n <= MaxLength; n++)
        {
            double[] y = BatchData.Values(n, loss.StartsWith("Binary", StringComparison.Ordinal) ? 0 : -3, loss.StartsWith("Binary", StringComparison.Ordinal) ? 1 : 3, seed: n, specials: false);
            double[] p = BatchData.Values(n, -6, 6, seed: 1000 + n, specials: n % 3 == 0);
            double[] w = BatchData.Values(n, 0, 2, seed: 2000 + n, specials: false);
            Check(Case(loss, y, p, w), w, n, single: false);
        }
    }

    [Theory]
    [MemberData(nameof(Losses))]
    public void Float_batches_match_the_scalar_code_at_every_length(string loss)
    {
        for (int n = 0; n <= MaxLength; n++)
        {
            bool binary = loss.StartsWith("Binary", StringComparison.Ordinal);
            float[] y = BatchData.Single(BatchData.Values(n, binary ? 0 : -3, binary ? 1 : 3, seed: n, specials: false));
            float[] p = BatchData.Single(BatchData.Values(n, -6, 6, seed: 1000 + n, specials: n % 3 == 0));
            float[] w = BatchData.Single(BatchData.Values(n, 0, 2, seed: 2000 + n, specials: false));
            Check(CaseF(loss, y, p, w), Array.ConvertAll(w, v => (double)v), n, single: true);
        }
    }

    // Logits far out, where exp(-|p|) is subnormal or 0: the kernels' log1p for [0, 1] must still agree there.
    [Fact]
    public void Binary_cross_entropy_batches_match_the_scalar_code_for_large_logits()
    {
        const int n = 1000;
        double[] y = BatchData.Values(n, 0, 1, seed: 3, specials: false);
        double[] p = BatchData.Values(n, -800, 800, seed: 4, specials: true);
        double[] w = BatchData.Values(n, 0, 2, seed: 5, specials: false);
        Check(Case("BinaryCrossEntropyWithLogits", y, p, w), w, n, single: false);

        float[] pf = BatchData.Single(BatchData.Values(n, -120, 120, seed: 6, specials: true));
        Check(CaseF("BinaryCrossEntropyWithLogits", BatchData.Single(y), pf, BatchData.Single(w)), w.Select(v => (double)(float)v).ToArray(), n, single: true);
    }

    [Fact]
    public void Float_sums_of_16M_samples_agree_with_a_double_reference_to_1e_6()
    {
        const int n = 16_777_216;
        float[] y = BatchData.Single(BatchData.Values(n, 0, 1, seed: 1, specials: false));
        float[] p = BatchData.Single(BatchData.Values(n, -6, 6, seed: 2, specials: false));

        // The reference adds the scalar code's per-sample losses in double, one by one.
        double squared = 0, huber = 0, bce = 0;
        for (int i = 0; i < n; i++)
        {
            squared += RegressionLosses.SquaredError(y[i], p[i]);
            huber += RegressionLosses.Huber(y[i], p[i], 1f);
            bce += ClassificationLosses.BinaryCrossEntropyWithLogits(y[i], p[i]);
        }

        Assert.Equal(1.0, RegressionLosses.SquaredErrorSum(y, p) / squared, 1e-6);
        Assert.Equal(1.0, RegressionLosses.HuberSum(y, p, 1f) / huber, 1e-6);
        Assert.Equal(1.0, ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, p) / bce, 1e-6);
    }

    [Fact]
    public void Mismatched_lengths_throw_before_anything_is_written()
    {
        double[] y = new double[10], p = new double[10], shortWeights = new double[9];
        double[] gradient = Enumerable.Repeat(42.0, 10).ToArray();

        var error = Assert.Throws<ArgumentException>(() => RegressionLosses.HuberGradient(y, p, 1.0, shortWeights, gradient));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("'weights' has 9 elements, but 'y' has 10", error.Message);
        Assert.All(gradient, g => Assert.Equal(42.0, g));

        Assert.Equal("dL_dp", Assert.Throws<ArgumentException>(() => RegressionLosses.SquaredErrorGradient(y, p, new double[11])).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentException>(() => ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, new double[3])).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void A_broken_requirement_throws_before_anything_is_written(double delta)
    {
        double[] y = [1, 2, 3], p = [3, 2, 1], gradient = [42, 42, 42];
        float[] yf = [1, 2, 3], pf = [3, 2, 1];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RegressionLosses.HuberWithGradient(y, p, delta, gradient));
        Assert.Equal("delta", error.ParamName);
        Assert.Contains("requires delta > 0", error.Message);
        Assert.All(gradient, g => Assert.Equal(42.0, g));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegressionLosses.HuberSum(yf, pf, (float)delta));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegressionLosses.HuberHessian(yf, pf, (float)delta, new float[3]));

        // The scalar methods evaluate the formula as written, whatever delta is.
        Assert.Equal(delta * (2 - (delta / 2)), RegressionLosses.Huber(1.0, 3.0, delta));
    }

    [Fact]
    public void An_undefined_reduction_throws()
    {
        double[] y = new double[4], p = new double[4], gradient = new double[4];

        Assert.Throws<ArgumentOutOfRangeException>(() => RegressionLosses.SquaredErrorGradient(y, p, gradient, (Reduction)7));
    }

    [Fact]
    public void Empty_batches_sum_to_zero_and_have_no_mean()
    {
        Assert.Equal(0.0, RegressionLosses.HuberSum(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, 1.0));
        Assert.True(double.IsNaN(RegressionLosses.HuberMean(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, 1.0)));
        Assert.True(double.IsNaN(ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(ReadOnlySpan<double>.Empty, ReadOnlySpan<double>.Empty, Span<double>.Empty, Reduction.Mean)));
        RegressionLosses.SquaredErrorGradient(ReadOnlySpan<float>.Empty, ReadOnlySpan<float>.Empty, Span<float>.Empty, Reduction.Mean);
    }

    [Fact]
    public void The_vector_width_that_runs_is_the_one_expected()
    {
        // .ci/run sets LOSSGEN_EXPECTED_VECTOR_WIDTH when it restricts the width through the runtime's switches, so each
        // of its runs proves which path it exercised; without it, the widest accelerated width must be the one chosen.
        string? expected = Environment.GetEnvironmentVariable("LOSSGEN_EXPECTED_VECTOR_WIDTH");
        int widest = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 512
            : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? 256
            : System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? 128
            : 1;

        Assert.Equal(expected is null ? widest : int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), BatchLoop.VectorWidth<float>());
        Assert.Equal(BatchLoop.VectorWidth<float>(), BatchLoop.VectorWidth<double>());
    }

    private static BatchCase<double> Case(string loss, double[] y, double[] p, double[] w) => loss switch
    {
        "SquaredError" => DefinitionCases.SquaredError(y, p, w),
        "AbsoluteError" => DefinitionCases.AbsoluteError(y, p, w),
        "Huber" => DefinitionCases.Huber(y, p, w, 1.3),
        _ => DefinitionCases.BinaryCrossEntropyWithLogits(y, p, w),
    };

    private static BatchCase<float> CaseF(string loss, float[] y, float[] p, float[] w) => loss switch
    {
        "SquaredError" => DefinitionCases.SquaredErrorF(y, p, w),
        "AbsoluteError" => DefinitionCases.AbsoluteErrorF(y, p, w),
        "Huber" => DefinitionCases.HuberF(y, p, w, 1.3f),
        _ => DefinitionCases.BinaryCrossEntropyWithLogitsF(y, p, w),
    };

    internal static void Check<T>(BatchCase<T> c, double[] w, int n, bool single)
        where T : unmanaged
    {
        var scalar = Enumerable.Range(0, n).Select(c.Scalar).ToArray();
        string at = $"{c.Name}, n = {n}";

        double sum = scalar.Sum(s => s.Value), magnitude = scalar.Sum(s => Math.Abs(s.Value));
        double weightedSum = scalar.Select((s, i) => w[i] * s.Value).Sum(), weightedMagnitude = scalar.Select((s, i) => Math.Abs(w[i] * s.Value)).Sum();
        Tolerance.AssertSumClose(sum, c.Sum(), magnitude, single, $"{at}: Sum");
        Tolerance.AssertSumClose(weightedSum, c.WeightedSum(), weightedMagnitude, single, $"{at}: weighted Sum");
        Tolerance.AssertSumClose(sum / n, c.Mean(), magnitude / n, single, $"{at}: Mean");
        Tolerance.AssertSumClose(weightedSum / n, c.WeightedMean(), weightedMagnitude / n, single, $"{at}: weighted Mean");

        foreach (Reduction reduction in new[] { Reduction.Sum, Reduction.Mean })
        {
            double scale = reduction == Reduction.Mean ? 1.0 / n : 1.0;
            var output = new T[n];

            c.Gradient(output, reduction);
            AssertElements(output, i => scale * scalar[i].Gradient, single, $"{at}: Gradient ({reduction})");

            c.WeightedGradient(output, reduction);
            AssertElements(output, i => scale * w[i] * scalar[i].Gradient, single, $"{at}: weighted Gradient ({reduction})");

            double value = c.WithGradient(output, reduction);
            AssertElements(output, i => scale * scalar[i].Gradient, single, $"{at}: WithGradient ({reduction})");
            Tolerance.AssertSumClose(sum * scale, value, magnitude * scale, single, $"{at}: WithGradient value ({reduction})");

            value = c.WeightedWithGradient(output, reduction);
            AssertElements(output, i => scale * w[i] * scalar[i].Gradient, single, $"{at}: weighted WithGradient ({reduction})");
            Tolerance.AssertSumClose(weightedSum * scale, value, weightedMagnitude * scale, single, $"{at}: weighted WithGradient value ({reduction})");

            c.Hessian(output, reduction);
            AssertElements(output, i => scale * scalar[i].Hessian, single, $"{at}: Hessian ({reduction})");

            c.WeightedHessian(output, reduction);
            AssertElements(output, i => scale * w[i] * scalar[i].Hessian, single, $"{at}: weighted Hessian ({reduction})");
        }
    }

    private static void AssertElements<T>(T[] actual, Func<int, double> expected, bool single, string what)
        where T : unmanaged
    {
        for (int i = 0; i < actual.Length; i++)
        {
            double value = actual[i] is float f ? f : (double)(object)actual[i];
            Tolerance.AssertClose(single ? (float)expected(i) : expected(i), value, single, $"{what}[{i}]");
        }
    }
}
