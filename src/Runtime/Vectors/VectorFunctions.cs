using System.Runtime.CompilerServices;

namespace LossGen.Vectors;

/// <summary>
/// The vector forms of <see cref="LossMath"/> and of the formula functions Math has no vector twin for, written once
/// for every width. Each one propagates NaN and handles infinities as its scalar counterpart does, so a batch kernel
/// agrees with the scalar code on every input.
/// </summary>
internal static class VectorFunctions
{
    // Cephes' expf, inlined: x = n ln 2 + r with |r| <= ln 2 / 2 (ln 2 in two parts, so r is exact), e^r by a degree-6
    // polynomial, then scaled by 2^n. Clamping keeps n in range; NaN passes through every step.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ExpSingle<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        x = TW.MaxNative(Constant<TW, TV, T>(-104), TW.MinNative(Constant<TW, TV, T>(88.8), x));
        TV n = TW.Round(TW.Multiply(x, Constant<TW, TV, T>(1.44269504088896341)));
        TV r = TW.FusedMultiplyAdd(n, Constant<TW, TV, T>(-0.693359375), x);
        r = TW.FusedMultiplyAdd(n, Constant<TW, TV, T>(2.12194440e-4), r);
        TV p = Constant<TW, TV, T>(1.9875691500e-4);
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.3981999507e-3));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(8.3334519073e-3));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(4.1665795894e-2));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.6666665459e-1));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(5.0000001201e-1));
        p = TW.FusedMultiplyAdd(p, TW.Multiply(r, r), TW.Add(r, Constant<TW, TV, T>(1)));
        return TW.ScaleByPowerOfTwo(p, n);
    }

    // Cephes' logf, inlined: x = m 2^e with m in [sqrt(1/2), sqrt(2)), log(m) by a degree-9 polynomial in m - 1, plus
    // e ln 2 (in two parts). 0, negatives, infinity and NaN are set apart at the end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV LogSingle<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV f = ReduceToNearOne<TW, TV, T>(x, out TV e);
        TV z = TW.Multiply(f, f);
        TV y = Constant<TW, TV, T>(7.0376836292e-2);
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(-1.1514610310e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(1.1676998740e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(-1.2420140846e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(1.4249322787e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(-1.6668057665e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(2.0000714765e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(-2.4999993993e-1));
        y = TW.FusedMultiplyAdd(y, f, Constant<TW, TV, T>(3.3333331174e-1));
        y = TW.Multiply(TW.Multiply(y, f), z);
        y = TW.FusedMultiplyAdd(e, Constant<TW, TV, T>(-2.12194440e-4), y);
        y = TW.FusedMultiplyAdd(z, Constant<TW, TV, T>(-0.5), y);
        return LogSpecialCases<TW, TV, T>(x, TW.FusedMultiplyAdd(e, Constant<TW, TV, T>(0.693359375), TW.Add(f, y)));
    }

    // The double twin of ExpSingle: ln 2 in Cody and Waite's two parts, e^r for |r| <= ln 2 / 2 by its Taylor series
    // to r^13 (the first term left out is below 2^-60), then scaled by 2^n. Clamped where e^x overflows to infinity or
    // rounds to zero anyway.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ExpDouble<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        x = TW.MaxNative(Constant<TW, TV, T>(-746), TW.MinNative(Constant<TW, TV, T>(710), x));
        TV n = TW.Round(TW.Multiply(x, Constant<TW, TV, T>(1.4426950408889634)));
        TV r = TW.FusedMultiplyAdd(n, Constant<TW, TV, T>(-6.93147180369123816490e-01), x);
        r = TW.FusedMultiplyAdd(n, Constant<TW, TV, T>(-1.90821492927058770002e-10), r);
        TV p = Constant<TW, TV, T>(1.0 / 6227020800);
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 479001600));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 39916800));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 3628800));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 362880));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 40320));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 5040));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 720));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 120));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 24));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 6));
        p = TW.FusedMultiplyAdd(p, r, Constant<TW, TV, T>(1.0 / 2));
        p = TW.FusedMultiplyAdd(p, TW.Multiply(r, r), TW.Add(r, Constant<TW, TV, T>(1)));
        return TW.ScaleByPowerOfTwo(p, n);
    }

    // fdlibm's log: x = m 2^e with m in [sqrt(1/2), sqrt(2)), f = m - 1, s = f / (2 + f), and
    // log(m) = f - (f^2/2 - s (f^2/2 + R(s^2))) with fdlibm's degree-14 minimax R, plus e ln 2 in two parts.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV LogDouble<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV f = ReduceToNearOne<TW, TV, T>(x, out TV e);
        TV s = TW.Divide(f, TW.Add(Constant<TW, TV, T>(2), f));
        TV z = TW.Multiply(s, s);
        TV w = TW.Multiply(z, z);
        TV even = TW.FusedMultiplyAdd(w, Constant<TW, TV, T>(1.531383769920937332e-01), Constant<TW, TV, T>(2.222219843214978396e-01));
        even = TW.Multiply(w, TW.FusedMultiplyAdd(w, even, Constant<TW, TV, T>(3.999999999940941908e-01)));
        TV odd = TW.FusedMultiplyAdd(w, Constant<TW, TV, T>(1.479819860511658591e-01), Constant<TW, TV, T>(1.818357216161805012e-01));
        odd = TW.FusedMultiplyAdd(w, odd, Constant<TW, TV, T>(2.857142874366239149e-01));
        odd = TW.Multiply(z, TW.FusedMultiplyAdd(w, odd, Constant<TW, TV, T>(6.666666666666735130e-01)));
        TV halfSquare = TW.Multiply(Constant<TW, TV, T>(0.5), TW.Multiply(f, f));
        TV tail = TW.FusedMultiplyAdd(s, TW.Add(halfSquare, TW.Add(odd, even)), TW.Multiply(e, Constant<TW, TV, T>(1.90821492927058770002e-10)));
        TV result = TW.FusedMultiplyAdd(e, Constant<TW, TV, T>(6.93147180369123816490e-01), TW.Negate(TW.Subtract(TW.Subtract(halfSquare, tail), f)));
        return LogSpecialCases<TW, TV, T>(x, result);
    }

    // Where both logarithms start: x = (1 + f) 2^e with 1 + f in [sqrt(1/2), sqrt(2)), so that |f| < 0.42.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ReduceToNearOne<TW, TV, T>(TV x, out TV e)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV m = TW.Decompose(x, out e);
        TV below = TW.LessThan(m, Constant<TW, TV, T>(0.707106781186547524));
        e = TW.ConditionalSelect(below, TW.Subtract(e, Constant<TW, TV, T>(1)), e);
        return TW.Subtract(TW.ConditionalSelect(below, TW.Add(m, m), m), Constant<TW, TV, T>(1));
    }

    // log(+inf) = +inf, log(0) = -inf, and NaN for negatives and NaN, whatever the polynomial made of them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV LogSpecialCases<TW, TV, T>(TV x, TV result)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        result = TW.ConditionalSelect(TW.IsPositiveInfinity(x), x, result);
        result = TW.ConditionalSelect(TW.Equal(x, TW.Zero), Constant<TW, TV, T>(double.NegativeInfinity), result);
        return TW.ConditionalSelect(TW.GreaterThanOrEqual(x, TW.Zero), result, Constant<TW, TV, T>(double.NaN));
    }

    // 1 with the sign of x wherever |x| > 0, and x itself elsewhere: 0 for zeros, NaN for NaN. One compare, one select.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Sign<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged =>
        TW.ConditionalSelect(TW.GreaterThan(TW.Abs(x), TW.Zero), TW.CopySign(Constant<TW, TV, T>(1), x), x);

    // log(u) for u = 1 + x, plus the first-order correction (x - (u - 1)) / u: x - (u - 1) is exactly what rounding
    // 1 + x lost, and the correction makes log1p(x) = x wherever 1 + x rounds to 1. One division and no select on the
    // way, where Goldberg's log(u) x / (u - 1) needs a select for u = 1. Where the correction is NaN (1 + x is 0 or
    // infinite, or x is NaN), log(u) alone is the answer.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log1p<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV one = Constant<TW, TV, T>(1);
        TV u = TW.Add(one, x);
        TV correction = TW.Multiply(TW.Subtract(x, TW.Subtract(u, one)), TW.Divide(one, u));
        return TW.Add(TW.Log(u), TW.ConditionalSelect(TW.Equal(correction, correction), correction, TW.Zero));
    }

    // log(1 + x) for x in [0, 1], as softplus needs it for x = e^(-|z|): no exponent to split and no special case (NaN
    // passes through). With s = x / (2 + x) in [0, 1/3], log(1 + x) = 2 atanh(s) = 2s + s z R(z) for z = s^2, where R
    // is a minimax fit on [0, 1/9] (degree 3 for float, 9 for double). 2s is written x - x s, so that the rounding of
    // s only touches the smaller term and tiny x come out exact.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Log1pOnUnitInterval<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV s = TW.Divide(x, TW.Add(Constant<TW, TV, T>(2), x));
        TV z = TW.Multiply(s, s);
        TV r;
        if (typeof(T) == typeof(float))
        {
            r = Constant<TW, TV, T>(0.26851498022837152);
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.28236619805310481));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.40007560644911206));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.6666664033669924));
        }
        else
        {
            r = Constant<TW, TV, T>(0.16164045611943532221);
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.088007384861446738822));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.12001072809590712535));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.1331414420965493615));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.15385570064958623103));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.18181789436132858169));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.22222222717427862989));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.28571428567108757162));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.40000000000014582673));
            r = TW.FusedMultiplyAdd(r, z, Constant<TW, TV, T>(0.66666666666666658561));
        }

        return TW.FusedMultiplyAdd(s, TW.FusedMultiplyAdd(z, r, TW.Negate(x)), x);
    }

    // Near 0, Kahan's correction: the rounding error of e^x cancels in (e^x - 1) * x / log(e^x). Beyond |x| = 1/2,
    // e^x - 1 loses nothing, and the correction would only add the logarithm's error.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Expm1<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV one = Constant<TW, TV, T>(1);
        TV u = TW.Exp(x);
        TV uMinusOne = TW.Subtract(u, one);
        TV corrected = TW.ConditionalSelect(TW.Equal(u, one), x, TW.Divide(TW.Multiply(uMinusOne, x), TW.Log(u)));
        return TW.ConditionalSelect(TW.LessThan(TW.Abs(x), Constant<TW, TV, T>(0.5)), corrected, uMinusOne);
    }

    // tanh |x| = -m / (2 + m) with m = expm1(-2|x|): accurate near 0, exactly 1 far out; the sign is put back.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Tanh<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV two = Constant<TW, TV, T>(2);
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
        TW.Divide(TW.Subtract(Expm1<TW, TV, T>(x), Expm1<TW, TV, T>(TW.Negate(x))), Constant<TW, TV, T>(2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Cosh<TW, TV, T>(TV x)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged =>
        TW.Divide(TW.Add(TW.Exp(x), TW.Exp(TW.Negate(x))), Constant<TW, TV, T>(2));

    // e^(y log |x|), with the sign of x^y put back for a negative x and an integer y (NaN for a fractional y).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Pow<TW, TV, T>(TV x, TV y)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged
    {
        TV two = Constant<TW, TV, T>(2);
        TV magnitude = TW.Exp(TW.Multiply(y, TW.Log(TW.Abs(x))));
        TV integer = TW.Equal(TW.Floor(y), y);
        TV even = TW.Equal(TW.Multiply(TW.Floor(TW.Divide(y, two)), two), y);

        // Math.Pow(-inf, y) for a fractional y is Math.Pow(+inf, y); for a finite negative x it is NaN.
        TV fractional = TW.ConditionalSelect(TW.IsPositiveInfinity(TW.Negate(x)), magnitude, TW.Divide(TW.Zero, TW.Zero));
        TV negativeBase = TW.ConditionalSelect(integer, TW.ConditionalSelect(even, magnitude, TW.Negate(magnitude)), fractional);
        return TW.ConditionalSelect(TW.LessThan(x, TW.Zero), negativeBase, magnitude);
    }

    // A constant broadcast to every lane, rounded once to T.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Constant<TW, TV, T>(double value)
        where TW : IVectorWidth<TV, T>
        where TV : struct
        where T : unmanaged =>
        TW.Create(typeof(T) == typeof(float) ? (T)(object)(float)value : (T)(object)value);
}
