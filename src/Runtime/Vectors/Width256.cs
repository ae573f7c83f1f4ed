using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>The operations of Vector256&lt;T&gt;, for algorithms written once over <see cref="IVectorWidth{TVector, T}"/>.</summary>
internal readonly struct Width256<T> : IVectorWidth<Vector256<T>, T>
    where T : unmanaged
{
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated && Vector256<T>.IsSupported;

    public static int Count => Vector256<T>.Count;

    public static Vector256<T> Zero => Vector256<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Create(T value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Add(Vector256<T> left, Vector256<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Subtract(Vector256<T> left, Vector256<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Multiply(Vector256<T> left, Vector256<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Divide(Vector256<T> left, Vector256<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Negate(Vector256<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Abs(Vector256<T> value) => Vector256.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Max(Vector256<T> left, Vector256<T> right) => Vector256.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> CopySign(Vector256<T> value, Vector256<T> sign) => Vector256.CopySign(value, sign);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Exp(Vector256<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.ExpSingle<Width256<T>, Vector256<T>, T>(value) : Vector256.Exp(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log(Vector256<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.LogSingle<Width256<T>, Vector256<T>, T>(value) : Vector256.Log(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Floor(Vector256<T> value) =>
        typeof(T) == typeof(float) ? Vector256.Floor(value.As<T, float>()).As<float, T>() : Vector256.Floor(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Round(Vector256<T> value) =>
        typeof(T) == typeof(float) ? Vector256.Round(value.As<T, float>()).As<float, T>() : Vector256.Round(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Min(Vector256<T> left, Vector256<T> right) => Vector256.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> FusedMultiplyAdd(Vector256<T> left, Vector256<T> right, Vector256<T> addend) =>
        typeof(T) == typeof(float)
            ? Vector256.FusedMultiplyAdd(left.As<T, float>(), right.As<T, float>(), addend.As<T, float>()).As<float, T>()
            : Vector256.FusedMultiplyAdd(left.As<T, double>(), right.As<T, double>(), addend.As<T, double>()).As<double, T>();

    // Two factors 2^(n/2) and 2^(n - n/2), each a normal number, so the multiplications round once at the end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ScaleByPowerOfTwoSingle(Vector256<T> x, Vector256<T> n)
    {
        Vector256<float> whole = n.As<T, float>();
        Vector256<float> half = Vector256.Floor(whole * 0.5f);
        Vector256<float> first = ((Vector256.ConvertToInt32(half) + Vector256.Create(127)) << 23).AsSingle();
        Vector256<float> second = ((Vector256.ConvertToInt32(whole - half) + Vector256.Create(127)) << 23).AsSingle();
        return (x.As<T, float>() * first * second).As<float, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> DecomposeSingle(Vector256<T> x, out Vector256<T> exponent)
    {
        Vector256<int> bits = x.As<T, int>();
        exponent = (Vector256.ConvertToSingle((bits >>> 23) & Vector256.Create(0xFF)) - Vector256.Create(126f)).As<float, T>();
        return ((bits & Vector256.Create(0x007FFFFF)) | Vector256.Create(0x3F000000)).As<int, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Equal(Vector256<T> left, Vector256<T> right) => Vector256.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LessThan(Vector256<T> left, Vector256<T> right) => Vector256.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> GreaterThan(Vector256<T> left, Vector256<T> right) => Vector256.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> GreaterThanOrEqual(Vector256<T> left, Vector256<T> right) => Vector256.GreaterThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> IsPositiveInfinity(Vector256<T> value) => Vector256.IsPositiveInfinity(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ConditionalSelect(Vector256<T> mask, Vector256<T> whenTrue, Vector256<T> whenFalse) =>
        Vector256.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector256<T> value)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector256.Sum(value.As<T, double>());
        }

        (Vector256<double> lower, Vector256<double> upper) = Vector256.Widen(value.As<T, float>());
        return Vector256.Sum(lower + upper);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Step<TKernel>(scoped ref TKernel kernel, nuint i, Vector256<T> sum)
        where TKernel : IBatchKernel<T>, allows ref struct => kernel.Step256(i, sum);
}
