using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>The operations of Vector512&lt;T&gt;, for algorithms written once over <see cref="IVectorWidth{TVector, T}"/>.</summary>
internal readonly struct Width512<T> : IVectorWidth<Vector512<T>, T>
    where T : unmanaged
{
    public static bool IsAccelerated => Vector512.IsHardwareAccelerated && Vector512<T>.IsSupported;

    public static int Count => Vector512<T>.Count;

    public static Vector512<T> Zero => Vector512<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Create(T value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Add(Vector512<T> left, Vector512<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Subtract(Vector512<T> left, Vector512<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Multiply(Vector512<T> left, Vector512<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Divide(Vector512<T> left, Vector512<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Negate(Vector512<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Abs(Vector512<T> value) => Vector512.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Max(Vector512<T> left, Vector512<T> right) => Vector512.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Exp(Vector512<T> value) =>
        typeof(T) == typeof(float) ? Vector512.Exp(value.As<T, float>()).As<float, T>() : Vector512.Exp(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log(Vector512<T> value) =>
        typeof(T) == typeof(float) ? Vector512.Log(value.As<T, float>()).As<float, T>() : Vector512.Log(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Floor(Vector512<T> value) =>
        typeof(T) == typeof(float) ? Vector512.Floor(value.As<T, float>()).As<float, T>() : Vector512.Floor(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Equal(Vector512<T> left, Vector512<T> right) => Vector512.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LessThan(Vector512<T> left, Vector512<T> right) => Vector512.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> GreaterThan(Vector512<T> left, Vector512<T> right) => Vector512.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> GreaterThanOrEqual(Vector512<T> left, Vector512<T> right) => Vector512.GreaterThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> IsPositiveInfinity(Vector512<T> value) => Vector512.IsPositiveInfinity(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> ConditionalSelect(Vector512<T> mask, Vector512<T> whenTrue, Vector512<T> whenFalse) =>
        Vector512.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector512<T> value)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector512.Sum(value.As<T, double>());
        }

        (Vector512<double> lower, Vector512<double> upper) = Vector512.Widen(value.As<T, float>());
        return Vector512.Sum(lower + upper);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Step<TKernel>(scoped ref TKernel kernel, nuint i)
        where TKernel : IBatchKernel<T>, allows ref struct => kernel.Step512(i);
}
