using System.Runtime.CompilerServices;

namespace LossGen.Vectors;

/// <summary>
/// The vector forms of <see cref="LossMath"/> and of the formula functions Math has no vector twin for, written once
/// for every width. Each one propagates NaN and handles infinities as its scalar counterpart does, so a batch kernel
/// agrees with the scalar code on every input.
/// </summary>
internal static class VectorFunctions
{
    // 1 where x > 0, -1 where x < 0, x * 0 elsewhere: 0 for zeros and NaN for NaN.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Sign<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV one = TW.Create(One<T>());
        TV zero = TW.Zero;
        return TW.ConditionalSelect(TW.GreaterThan(x, zero), one, TW.ConditionalSelect(TW.LessThan(x, zero), TW.Negate(one), TW.Multiply(x, zero)));
    }

    // Goldberg: the rounding error of 1 + x cancels in log(1 + x) * x / ((1 + x) - 1).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log1p<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV one = TW.Create(One<T>());
        TV u = TW.Add(one, x);
        TV corrected = TW.Divide(TW.Multiply(TW.Log(u), x), TW.Subtract(u, one));
        TV exact = TW.Add(TW.Equal(u, one), TW.IsPositiveInfinity(x));
        return TW.ConditionalSelect(exact, x, corrected);
    }

    // Near 0, Kahan's correction: the rounding error of e^x cancels in (e^x - 1) * x / log(e^x). Beyond |x| = 1/2,
    // e^x - 1 loses nothing, and the correction would only add the logarithm's error.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Expm1<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV one = TW.Create(One<T>());
        TV u = TW.Exp(x);
        TV uMinusOne = TW.Subtract(u, one);
        TV corrected = TW.ConditionalSelect(TW.Equal(u, one), x, TW.Divide(TW.Multiply(uMinusOne, x), TW.Log(u)));
        return TW.ConditionalSelect(TW.LessThan(TW.Abs(x), TW.Create(Half<T>())), corrected, uMinusOne);
    }

    // tanh |x| = -m / (2 + m) with m = expm1(-2|x|): accurate near 0, exactly 1 far out; the sign is put back.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Tanh<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV two = TW.Create(Two<T>());
        TV m = Expm1<TW, TV, T>(TW.Multiply(TW.Negate(two), TW.Abs(x)));
        TV magnitude = TW.Divide(TW.Negate(m), TW.Add(two, m));
        return TW.ConditionalSelect(TW.LessThan(x, TW.Zero), TW.Negate(magnitude), magnitude);
    }

    // (expm1(x) - expm1(-x)) / 2: no cancellation near 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Sinh<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged =>
        TW.Divide(TW.Subtract(Expm1<TW, TV, T>(x), Expm1<TW, TV, T>(TW.Negate(x))), TW.Create(Two<T>()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Cosh<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged =>
        TW.Divide(TW.Add(TW.Exp(x), TW.Exp(TW.Negate(x))), TW.Create(Two<T>()));

    // e^(y log |x|), with the sign of x^y put back for a negative x and an integer y (NaN for a fractional y).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Pow<TW, TV, T>(TV x, TV y)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV two = TW.Create(Two<T>());
        TV magnitude = TW.Exp(TW.Multiply(y, TW.Log(TW.Abs(x))));
        TV integer = TW.Equal(TW.Floor(y), y);
        TV even = TW.Equal(TW.Multiply(TW.Floor(TW.Divide(y, two)), two), y);

        // Math.Pow(-inf, y) for a fractional y is Math.Pow(+inf, y); for a finite negative x it is NaN.
        TV fractional = TW.ConditionalSelect(TW.IsPositiveInfinity(TW.Negate(x)), magnitude, TW.Divide(TW.Zero, TW.Zero));
        TV negativeBase = TW.ConditionalSelect(integer, TW.ConditionalSelect(even, magnitude, TW.Negate(magnitude)), fractional);
        return TW.ConditionalSelect(TW.LessThan(x, TW.Zero), negativeBase, magnitude);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T One<T>()
        where T : unmanaged =>
        typeof(T) == typeof(float) ? (T)(object)1f : (T)(object)1d;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Half<T>()
        where T : unmanaged =>
        typeof(T) == typeof(float) ? (T)(object)0.5f : (T)(object)0.5d;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Two<T>()
        where T : unmanaged =>
        typeof(T) == typeof(float) ? (T)(object)2f : (T)(object)2d;
}
