using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>The operations of Vector128&lt;T&gt;, for algorithms written once over <see cref="IVectorWidth{TVector, T}"/>.</summary>
internal readonly struct Width128<T> : IVectorWidth<Vector128<T>, T>
    where T : unmanaged
{
    // VGETMANTPS/PD's interval control for [0.5, 1), with the sign taken from the source.
    private const byte HalfToOne = 0b10;

    public static bool IsAccelerated => Vector128.IsHardwareAccelerated && Vector128<T>.IsSupported;

    public static int Count => Vector128<T>.Count;

    public static Vector128<T> Zero => Vector128<T>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Create(T value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Add(Vector128<T> left, Vector128<T> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Subtract(Vector128<T> left, Vector128<T> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Multiply(Vector128<T> left, Vector128<T> right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Divide(Vector128<T> left, Vector128<T> right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Negate(Vector128<T> value) => -value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Abs(Vector128<T> value) => Vector128.Abs(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Max(Vector128<T> left, Vector128<T> right) => Vector128.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> CopySign(Vector128<T> value, Vector128<T> sign) => Vector128.CopySign(value, sign);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Exp(Vector128<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.ExpSingle<Width128<T>, Vector128<T>, T>(value) : VectorFunctions.ExpDouble<Width128<T>, Vector128<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Log(Vector128<T> value) =>
        typeof(T) == typeof(float) ? VectorFunctions.LogSingle<Width128<T>, Vector128<T>, T>(value) : VectorFunctions.LogDouble<Width128<T>, Vector128<T>, T>(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Floor(Vector128<T> value) =>
        typeof(T) == typeof(float) ? Vector128.Floor(value.As<T, float>()).As<float, T>() : Vector128.Floor(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Round(Vector128<T> value) =>
        typeof(T) == typeof(float) ? Vector128.Round(value.As<T, float>()).As<float, T>() : Vector128.Round(value.As<T, double>()).As<double, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Min(Vector128<T> left, Vector128<T> right) => Vector128.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MinNative(Vector128<T> left, Vector128<T> right) => Vector128.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MaxNative(Vector128<T> left, Vector128<T> right) => Vector128.MaxNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> FusedMultiplyAdd(Vector128<T> left, Vector128<T> right, Vector128<T> addend) =>
        typeof(T) == typeof(float)
            ? Vector128.FusedMultiplyAdd(left.As<T, float>(), right.As<T, float>(), addend.As<T, float>()).As<float, T>()
            : Vector128.FusedMultiplyAdd(left.As<T, double>(), right.As<T, double>(), addend.As<T, double>()).As<double, T>();

    // AVX-512 scales in one instruction. Elsewhere: two factors 2^(n/2) and 2^(n - n/2), each a normal number, so the
    // multiplications round once at the end. n is finite here or x is NaN, so the conversion needs no saturation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> ScaleByPowerOfTwo(Vector128<T> x, Vector128<T> n)
    {
        if (typeof(T) == typeof(float))
        {
            Vector128<float> value = x.As<T, float>(), whole = n.As<T, float>();
            if (Avx512F.VL.IsSupported)
            {
                return Avx512F.VL.Scale(value, whole).As<float, T>();
            }

            Vector128<float> half = Vector128.Floor(whole * 0.5f);
            Vector128<float> first = ((Vector128.ConvertToInt32Native(half) + Vector128.Create(127)) << 23).AsSingle();
            Vector128<float> second = ((Vector128.ConvertToInt32Native(whole - half) + Vector128.Create(127)) << 23).AsSingle();
            return (value * first * second).As<float, T>();
        }
        else
        {
            Vector128<double> value = x.As<T, double>(), whole = n.As<T, double>();
            if (Avx512F.VL.IsSupported)
            {
                return Avx512F.VL.Scale(value, whole).As<double, T>();
            }

            Vector128<double> half = Vector128.Floor(whole * 0.5);
            Vector128<double> first = ((Vector128.ConvertToInt64Native(half) + Vector128.Create(1023L)) << 52).AsDouble();
            Vector128<double> second = ((Vector128.ConvertToInt64Native(whole - half) + Vector128.Create(1023L)) << 52).AsDouble();
            return (value * first * second).As<double, T>();
        }
    }

    // AVX-512 reads the mantissa and the exponent of normal and subnormal numbers alike. Elsewhere the bits are taken
    // apart, after scaling a subnormal x up into the normal range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Decompose(Vector128<T> x, out Vector128<T> exponent)
    {
        if (typeof(T) == typeof(float))
        {
            Vector128<float> value = x.As<T, float>();
            if (Avx512F.VL.IsSupported)
            {
                exponent = (Avx512F.VL.GetExponent(value) + Vector128.Create(1f)).As<float, T>();
                return Avx512F.VL.GetMantissa(value, HalfToOne).As<float, T>();
            }

            Vector128<float> subnormal = Vector128.LessThan(value, Vector128.Create(1.17549435e-38f));
            Vector128<int> bits = Vector128.ConditionalSelect(subnormal, value * 8388608f, value).AsInt32();
            Vector128<float> offset = Vector128.ConditionalSelect(subnormal, Vector128.Create(149f), Vector128.Create(126f));
            exponent = (Vector128.ConvertToSingle((bits >>> 23) & Vector128.Create(0xFF)) - offset).As<float, T>();
            return ((bits & Vector128.Create(0x007FFFFF)) | Vector128.Create(0x3F000000)).As<int, T>();
        }
        else
        {
            Vector128<double> value = x.As<T, double>();
            if (Avx512F.VL.IsSupported)
            {
                exponent = (Avx512F.VL.GetExponent(value) + Vector128.Create(1.0)).As<double, T>();
                return Avx512F.VL.GetMantissa(value, HalfToOne).As<double, T>();
            }

            Vector128<double> subnormal = Vector128.LessThan(value, Vector128.Create(2.2250738585072014e-308));
            Vector128<long> bits = Vector128.ConditionalSelect(subnormal, value * 4503599627370496.0, value).AsInt64();
            Vector128<double> offset = Vector128.ConditionalSelect(subnormal, Vector128.Create(1074.0), Vector128.Create(1022.0));
            exponent = (Vector128.ConvertToDouble((bits >>> 52) & Vector128.Create(0x7FFL)) - offset).As<double, T>();
            return ((bits & Vector128.Create(0x000FFFFFFFFFFFFFL)) | Vector128.Create(0x3FE0000000000000L)).As<long, T>();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Equal(Vector128<T> left, Vector128<T> right) => Vector128.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LessThan(Vector128<T> left, Vector128<T> right) => Vector128.LessThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> GreaterThan(Vector128<T> left, Vector128<T> right) => Vector128.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> GreaterThanOrEqual(Vector128<T> left, Vector128<T> right) => Vector128.GreaterThanOrEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> IsPositiveInfinity(Vector128<T> value) => Vector128.IsPositiveInfinity(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> ConditionalSelect(Vector128<T> mask, Vector128<T> whenTrue, Vector128<T> whenFalse) =>
        Vector128.ConditionalSelect(mask, whenTrue, whenFalse);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector128<T> value)
    {
        if (typeof(T) == typeof(double))
        {
            return Vector128.Sum(value.As<T, double>());
        }

        (Vector128<double> lower, Vector128<double> upper) = Vector128.Widen(value.As<T, float>());
        return Vector128.Sum(lower + upper);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Step<TKernel>(scoped ref TKernel kernel, nuint i, Vector128<T> sum)
        where TKernel : IBatchKernel<T>, allows ref struct => kernel.Step128(i, sum);
}
