using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace LossGen.Benchmarks;

/// <summary>
/// What a competent user writes without LossGen, for the same losses and the same outputs (the loss summed in double,
/// the gradient of the sum stored): a plain scalar loop, and a composition of TensorPrimitives calls.
/// </summary>
public static class Baselines
{
    public static double NaiveHuber<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, T delta, Span<T> g)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0;
        T half = T.CreateTruncating(0.5);
        for (int i = 0; i < p.Length; i++)
        {
            T r = p[i] - y[i];
            T a = T.Abs(r);
            if (a < delta)
            {
                sum += double.CreateTruncating(half * r * r);
                g[i] = r;
            }
            else
            {
                sum += double.CreateTruncating(delta * (a - (half * delta)));
                g[i] = T.CopySign(delta, r);
            }
        }

        return sum;
    }

    /// <summary>Huber as min(|r|, delta) (|r| - min(|r|, delta) / 2), the gradient as r clamped to [-delta, delta]: six passes.</summary>
    public static double TensorHuber<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, T delta, Span<T> g, Span<T> r, Span<T> c)
        where T : IFloatingPointIeee754<T>
    {
        TensorPrimitives.Subtract(p, y, r);
        TensorPrimitives.Min(r, delta, g);
        TensorPrimitives.Max(g, -delta, g);
        TensorPrimitives.Abs(r, r);
        TensorPrimitives.Min(r, delta, c);
        TensorPrimitives.MultiplyAdd(c, T.CreateTruncating(-0.5), r, r);
        return double.CreateTruncating(TensorPrimitives.Dot(c, r));
    }

    public static double NaiveSquaredError<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, Span<T> g)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0;
        T two = T.CreateTruncating(2);
        for (int i = 0; i < p.Length; i++)
        {
            T r = p[i] - y[i];
            sum += double.CreateTruncating(r * r);
            g[i] = two * r;
        }

        return sum;
    }

    /// <summary>The residual into g, its sum of squares, then g doubled: three passes.</summary>
    public static double TensorSquaredError<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, Span<T> g)
        where T : IFloatingPointIeee754<T>
    {
        TensorPrimitives.Subtract(p, y, g);
        double sum = double.CreateTruncating(TensorPrimitives.SumOfSquares<T>(g));
        TensorPrimitives.Multiply(g, T.CreateTruncating(2), g);
        return sum;
    }

    /// <summary>The stable textbook form: max(p, 0) - y p + log(1 + e^-|p|), gradient 1 / (1 + e^-p) - y.</summary>
    public static double NaiveBce<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, Span<T> g)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            T x = p[i];
            sum += double.CreateTruncating(T.Max(x, T.Zero) - (y[i] * x) + T.LogP1(T.Exp(-T.Abs(x))));
            g[i] = (T.One / (T.One + T.Exp(-x))) - y[i];
        }

        return sum;
    }

    /// <summary>Gradient: sigmoid then subtract; loss: |p|, negate, exp, log1p, plus max(p, 0), summed, minus y . p: nine passes.</summary>
    public static double TensorBce<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> p, Span<T> g, Span<T> t, Span<T> u)
        where T : IFloatingPointIeee754<T>, IExponentialFunctions<T>, ILogarithmicFunctions<T>
    {
        TensorPrimitives.Sigmoid(p, g);
        TensorPrimitives.Subtract(g, y, g);
        TensorPrimitives.Abs(p, t);
        TensorPrimitives.Negate(t, t);
        TensorPrimitives.Exp(t, t);
        TensorPrimitives.LogP1(t, t);
        TensorPrimitives.Max(p, T.Zero, u);
        TensorPrimitives.Add(t, u, t);
        return double.CreateTruncating(TensorPrimitives.Sum<T>(t)) - double.CreateTruncating(TensorPrimitives.Dot(y, p));
    }
}
