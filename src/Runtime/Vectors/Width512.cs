using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>The operations of Vector512&lt;T&gt;, for algorithms written once over <see cref="IVectorWidth{TVector, T}"/>.</summary>
internal readonly struct Width512<T> : IVectorWidth<Vector512<T>, T>
    where T : unmanaged
{
    // VGETMANTPS/PD's interval control for [0.5, 1), with the sign taken from the source.
    private const byte HalfToOne = 0b10;

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
    public static Vector512<T> CopySign(Vector512<T> value, Vector512<T> sign) => Vector512.CopySign(value, sign);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Exp(Vector512<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.ExpSingle<Width512<T>, Vector512<T>, T>(value) : VectorFunctions.ExpDouble<Width512<T>, Vector512<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log(Vector512<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.LogSingle<Width512<T>, Vector512<T>, T>(value) : VectorFunctions.LogDouble<Width512<T>, Vector512<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Floor(Vector512<T> value) =>
        typeof(T) == typeof(float) ? Vector512.Floor(value.As<T, float>()).As<float, T>() : Vector512.Floor(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Round(Vector512<T> value) =>
        typeof(T) == typeof(float) ? Vector512.Round(value.As<T, float>()).As<float, T>() : Vector512.Round(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Min(Vector512<T> left, Vector512<T> right) => Vector512.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MinNative(Vector512<T> left, Vector512<T> right) => Vector512.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MaxNative(Vector512<T> left, Vector512<T> right) => Vector512.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> FusedMultiplyAdd(Vector512<T> left, Vector512<T> right, Vector512<T> addend) =>
        typeof(T) == typeof(float)
            ? Vector512.FusedMultiplyAdd(left.As<T, float>(), right.As<T, float>(), addend.As<T, float>()).As<float, T>()
            : Vector512.FusedMultiplyAdd(left.As<T, double>(), right.As<T, double>(), addend.As<T, double>()).As<double, T>();

    // AVX-512 scales in one instruction. Elsewhere: two factors 2^(n/2) and 2^(n - n/2), each a normal number, so the
    // multiplications round once at the end. n is finite here or x is NaN, so the conversion needs no saturation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> ScaleByPowerOfTwo(Vector512<T> x, Vector512<T> n)
    {
        if (typeof(T) == typeof(float))
        {
            Vector512<float> value = x.As<T, float>(), whole = n.As<T, float>();
            if (Avx512F.IsSupported)
            {
                return Avx512F.Scale(value, whole).As<float, T>();
            }

            Vector512<float> half = Vector512.Floor(whole * 0.5f);
            Vector512<float> first = ((Vector512.ConvertToInt32Native(half) + Vector512.Create(127)) << 23).AsSingle();
            Vector512<float> second = ((Vector512.ConvertToInt32Native(whole - half) + Vector512.Create(127)) << 23).AsSingle();
            return (value * first * second).As<float, T>();
        }
        else
        {
            Vector512<double> value = x.As<T, double>(), whole = n.As<T, double>();
            if (Avx512F.IsSupported)
            {
                return Avx512F.Scale(value, whole).As<double, T>();
            }

            Vector512<double> half = Vector512.Floor(whole * 0.5);
            Vector512<double> first = ((Vector512.ConvertToInt64Native(half) + Vector512.Create(1023L)) << 52).AsDouble();
            Vector512<double> second = ((Vector512.ConvertToInt64Native(whole - half) + Vector512.Create(1023L)) << 52).AsDouble();
            return (value * first * second).As<double, T>();
        }
    }

    // AVX-512 reads the mantissa and the exponent of normal and subnormal numbers alike. Elsewhere the bits are taken
    // apart, after scaling a subnormal x up into the normal range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Decompose(Vector512<T> x, out Vector512<T> exponent)
    {
        if (typeof(T) == typeof(float))
        {
            Vector512<float> value = x.As<T, float>();
            if (Avx512F.IsSupported)
            {
                exponent = (Avx512F.GetExponent(value) + Vector512.Create(1f)).As<float, T>();
                return Avx512F.GetMantissa(value, HalfToOne).As<float, T>();
            }

            Vector512<float> subnormal = Vector512.LessThan(value, Vector512.Create(1.17549435e-38f));
            Vector512<int> bits = Vector512.ConditionalSelect(subnormal, value * 8388608f, value).AsInt32();
            Vector512<float> offset = Vector512.ConditionalSelect(subnormal, Vector512.Create(149f), Vector512.Create(126f));
            exponent = (Vector512.ConvertToSingle((bits >>> 23) & Vector512.Create(0xFF)) - offset).As<float, T>();
            return ((bits & Vector512.Create(0x007FFFFF)) | Vector512.Create(0x3F000000)).As<int, T>();
        }
        else
        {
            Vector512<double> value = x.As<T, double>();
            if (Avx512F.IsSupported)
            {
                exponent = (Avx512F.GetExponent(value) + Vector512.Create(1.0)).As<double, T>();
                return Avx512F.GetMantissa(value, HalfToOne).As<double, T>();
            }

            Vector512<double> subnormal = Vector512.LessThan(value, Vector512.Create(2.2250738585072014e-308));
            Vector512<long> bits = Vector512.ConditionalSelect(subnormal, value * 4503599627370496.0, value).AsInt64();
            Vector512<double> offset = Vector512.ConditionalSelect(subnormal, Vector512.Create(1074.0), Vector512.Create(1022.0));
            exponent = (Vector512.ConvertToDouble((bits >>> 52) & Vector512.Create(0x7FFL)) - offset).As<double, T>();
            return ((bits & Vector512.Create(0x000FFFFFFFFFFFFFL)) | Vector512.Create(0x3FE0000000000000L)).As<long, T>();
        }
    }

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
    public static Vector512<T> Step<TKernel>(scoped ref TKernel kernel, nuint i, Vector512<T> sum)
        where TKernel : IBatchKernel<T>, allows ref struct => kernel.Step512(i, sum);
}
