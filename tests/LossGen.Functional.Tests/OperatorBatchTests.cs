using System;
using System.Reflection;

namespace LossGen.Functional.Tests;

/// <summary>Every operator and function through the generated batch kernels, against the scalar code, at every length.</summary>
[Trait("Category", "Batch")]
public class OperatorBatchTests
{
    private delegate double Reduce<T>(ReadOnlySpan<T> p);

    private delegate double WeightedReduce<T>(ReadOnlySpan<T> p, ReadOnlySpan<T> weights);

    private delegate void Outputs<T>(ReadOnlySpan<T> p, Span<T> output, Reduction reduction);

    private delegate void WeightedOutputs<T>(ReadOnlySpan<T> p, ReadOnlySpan<T> weights, Span<T> output, Reduction reduction);

    private delegate double ValueAndOutputs<T>(ReadOnlySpan<T> p, Span<T> output, Reduction reduction);

    private delegate double WeightedValueAndOutputs<T>(ReadOnlySpan<T> p, ReadOnlySpan<T> weights, Span<T> output, Reduction reduction);

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void Double_batches_match_the_scalar_code_at_every_length(string name) => Run<double>(name, name, single: false);

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void Float_batches_match_the_scalar_code_at_every_length(string name) => Run<float>(name, name + "F", single: true);

    private static void Run<T>(string caseName, string method, bool single)
        where T : unmanaged
    {
        OperatorCase range = Array.Find(OperatorCases.All, c => c.Name == caseName)!;
        var scalar = new GeneratedMembers<T>(typeof(OperatorLosses), method);
        for (int n = 0; n <= 300; n += n < 40 ? 1 : 7)
        {
            double[] values = BatchData.Values(n, range.From, range.To, seed: n, specials: n % 4 == 0);
            double[] weights = BatchData.Values(n, 0, 2, seed: 5000 + n, specials: false);
            T[] p = Convert<T>(values);
            T[] w = Convert<T>(weights);
            BatchTests.Check(Bind(method, scalar, p, w), Array.ConvertAll(w, v => ToDouble(v)), n, single);
        }
    }

    private static BatchCase<T> Bind<T>(string name, GeneratedMembers<T> scalar, T[] p, T[] w)
        where T : unmanaged
    {
        Type span = typeof(ReadOnlySpan<T>), output = typeof(Span<T>), reduction = typeof(Reduction);
        var sum = Find<Reduce<T>>(name + "Sum", span);
        var mean = Find<Reduce<T>>(name + "Mean", span);
        var weightedSum = Find<WeightedReduce<T>>(name + "Sum", span, span);
        var weightedMean = Find<WeightedReduce<T>>(name + "Mean", span, span);
        var gradient = Find<Outputs<T>>(name + "Gradient", span, output, reduction);
        var weightedGradient = Find<WeightedOutputs<T>>(name + "Gradient", span, span, output, reduction);
        var withGradient = Find<ValueAndOutputs<T>>(name + "WithGradient", span, output, reduction);
        var weightedWithGradient = Find<WeightedValueAndOutputs<T>>(name + "WithGradient", span, span, output, reduction);
        var hessian = Find<Outputs<T>>(name + "Hessian", span, output, reduction);
        var weightedHessian = Find<WeightedOutputs<T>>(name + "Hessian", span, span, output, reduction);
        return new BatchCase<T>(
            name,
            i =>
            {
                (T value, T g, T h) = scalar.WithGradientAndHessian(p[i]);
                return (ToDouble(value), ToDouble(g), ToDouble(h));
            },
            () => sum(p),
            () => mean(p),
            () => weightedSum(p, w),
            () => weightedMean(p, w),
            (o, r) => gradient(p, o, r),
            (o, r) => weightedGradient(p, w, o, r),
            (o, r) => withGradient(p, o, r),
            (o, r) => weightedWithGradient(p, w, o, r),
            (o, r) => hessian(p, o, r),
            (o, r) => weightedHessian(p, w, o, r));
    }

    private static TDelegate Find<TDelegate>(string name, params Type[] parameters)
        where TDelegate : Delegate =>
        (typeof(OperatorLosses).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new InvalidOperationException($"The generator did not emit OperatorLosses.{name}.")).CreateDelegate<TDelegate>();

    private static T[] Convert<T>(double[] values)
        where T : unmanaged =>
        typeof(T) == typeof(float) ? (T[])(object)BatchData.Single(values) : (T[])(object)values;

    private static double ToDouble<T>(T value)
        where T : unmanaged => value is float f ? f : (double)(object)value;
}
