using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>The operations of Vector256&lt;T&gt;, for algorithms written once over <see cref="IVectorWidth{TVector, T}"/>.</summary>
internal readonly struct Width256<T> : IVectorWidth<Vector256<T>, T>
    where T : unmanaged
{
    // VGETMANTPS/PD's interval control for [0.5, 1), with the sign taken from the source.
    private const byte HalfToOne = 0b10;

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
        typeof(T) == typeof(float) ? VectorFunctions.ExpSingle<Width256<T>, Vector256<T>, T>(value) : VectorFunctions.ExpDouble<Width256<T>, Vector256<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log(Vector256<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.LogSingle<Width256<T>, Vector256<T>, T>(value) : VectorFunctions.LogDouble<Width256<T>, Vector256<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Floor(Vector256<T> value) =>
        typeof(T) == typeof(float) ? Vector256.Floor(value.As<T, float>()).As<float, T>() : Vector256.Floor(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Round(Vector256<T> value) =>
        typeof(T) == typeof(float) ? Vector256.Round(value.As<T, float>()).As<float, T>() : Vector256.Round(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Min(Vector256<T> left, Vector256<T> right) => Vector256.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MinNative(Vector256<T> left, Vector256<T> right) => Vector256.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MaxNative(Vector256<T> left, Vector256<T> right) => Vector256.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> FusedMultiplyAdd(Vector256<T> left, Vector256<T> right, Vector256<T> addend) =>
        typeof(T) == typeof(float)
            ? Vector256.FusedMultiplyAdd(left.As<T, float>(), right.As<T, float>(), addend.As<T, float>()).As<float, T>()
            : Vector256.FusedMultiplyAdd(left.As<T, double>(), right.As<T, double>(), addend.As<T, double>()).As<double, T>();

    // AVX-512 scales in one instruction. Elsewhere: two factors 2^(n/2) and 2^(n - n/2), each a normal number, so the
    // multiplications round once at the end. n is finite here or x is NaN, so the conversion needs no saturation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> ScaleByPowerOfTwo(Vector256<T> x, Vector256<T> n)
    {
        if (typeof(T) == typeof(float))
        {
            Vector256<float> value = x.As<T, float>(), whole = n.As<T, float>();
            if (Avx512F.VL.IsSupported)
            {
                return Avx512F.VL.Scale(value, whole).As<float, T>();
            }

            Vector256<float> half = Vector256.Floor(whole * 0.5f);
            Vector256<float> first = ((Vector256.ConvertToInt32Native(half) + Vector256.Create(127)) << 23).AsSingle();
            Vector256<float> second = ((Vector256.ConvertToInt32Native(whole - half) + Vector256.Create(127)) << 23).AsSingle();
            return (value * first * second).As<float, T>();
        }
        else
        {
            Vector256<double> value = x.As<T, double>(), whole = n.As<T, double>();
            if (Avx512F.VL.IsSupported)
            {
                return Avx512F.VL.Scale(value, whole).As<double, T>();
            }

            Vector256<double> half = Vector256.Floor(whole * 0.5);
            Vector256<double> first = ((Vector256.ConvertToInt64Native(half) + Vector256.Create(1023L)) << 52).AsDouble();
            Vector256<double> second = ((Vector256.ConvertToInt64Native(whole - half) + Vector256.Create(1023L)) << 52).AsDouble();
            return (value * first * second).As<double, T>();
        }
    }

    // AVX-512 reads the mantissa and the exponent of normal and subnormal numbers alike. Elsewhere the bits are taken
    // apart, after scaling a subnormal x up into the normal range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Decompose(Vector256<T> x, out Vector256<T> exponent)
    {
        if (typeof(T) == typeof(float))
        {
            Vector256<float> value = x.As<T, float>();
            if (Avx512F.VL.IsSupported)
            {
                exponent = (Avx512F.VL.GetExponent(value) + Vector256.Create(1f)).As<float, T>();
                return Avx512F.VL.GetMantissa(value, HalfToOne).As<float, T>();
            }

            Vector256<float> subnormal = Vector256.LessThan(value, Vector256.Create(1.17549435e-38f));
            Vector256<int> bits = Vector256.ConditionalSelect(subnormal, value * 8388608f, value).AsInt32();
            Vector256<float> offset = Vector256.ConditionalSelect(subnormal, Vector256.Create(149f), Vector256.Create(126f));
            exponent = (Vector256.ConvertToSingle((bits >>> 23) & Vector256.Create(0xFF)) - offset).As<float, T>();
            return ((bits & Vector256.Create(0x007FFFFF)) | Vector256.Create(0x3F000000)).As<int, T>();
        }
        else
        {
            Vector256<double> value = x.As<T, double>();
            if (Avx512F.VL.IsSupported)
            {
                exponent = (Avx512F.VL.GetExponent(value) + Vector256.Create(1.0)).As<double, T>();
                return Avx512F.VL.GetMantissa(value, HalfToOne).As<double, T>();
            }

            Vector256<double> subnormal = Vector256.LessThan(value, Vector256.Create(2.2250738585072014e-308));
            Vector256<long> bits = Vector256.ConditionalSelect(subnormal, value * 4503599627370496.0, value).AsInt64();
            Vector256<double> offset = Vector256.ConditionalSelect(subnormal, Vector256.Create(1074.0), Vector256.Create(1022.0));
            exponent = (Vector256.ConvertToDouble((bits >>> 52) & Vector256.Create(0x7FFL)) - offset).As<double, T>();
            return ((bits & Vector256.Create(0x000FFFFFFFFFFFFFL)) | Vector256.Create(0x3FE0000000000000L)).As<long, T>();
        }
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
