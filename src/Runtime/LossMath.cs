using System;
using System.Runtime.CompilerServices;

namespace LossGen;

/// <summary>
/// Scalar functions that generated losses call where <see cref="Math"/> has no accurate or NaN-safe equivalent.
/// </summary>
/// <remarks>
/// Every function propagates NaN. The <see cref="float"/> overloads evaluate in <see cref="double"/> and round once,
/// so they are correctly rounded in all but rare ties.
/// </remarks>
public static class LossMath
{
    /// <summary>-1, 0 or +1 by the sign of <paramref name="x"/>; NaN for NaN (unlike <see cref="Math.Sign(double)"/>, which throws).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sign(double x) => x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : double.NaN;

    /// <inheritdoc cref="Sign(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sign(float x) => x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : float.NaN;

    /// <summary>The logistic function 1 / (1 + e^-x), without overflow for any x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sigmoid(double x)
    {
        // e^-|x| never overflows; the two forms are the same function on either side of zero.
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        double e = Math.Exp(x);
        return e / (1 + e);
    }

    /// <inheritdoc cref="Sigmoid(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sigmoid(float x) => (float)Sigmoid((double)x);

    /// <summary>log(1 + e^x), exact to rounding for every x: no overflow for large x, no loss of digits for very negative x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Softplus(double x) => Math.Max(x, 0) + Log1p(Math.Exp(-Math.Abs(x)));

    /// <inheritdoc cref="Softplus(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Softplus(float x) => (float)Softplus((double)x);

    /// <summary>log(1 + x), accurate for x near zero (unlike <see cref="double.LogP1(double)"/>, which adds first).</summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1 || double.IsPositiveInfinity(x))
        {
            return x;
        }

        // Goldberg's correction: the rounding error of 1 + x cancels in log(u) / (u - 1).
        return Math.Log(u) * x / (u - 1);
    }

    /// <inheritdoc cref="Log1p(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Log1p(float x) => (float)Log1p((double)x);

    /// <summary>e^x - 1, accurate for x near zero (unlike <see cref="double.ExpM1(double)"/>, which subtracts last).</summary>
    public static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double uMinusOne = u - 1;
        if (uMinusOne == -1 || double.IsPositiveInfinity(u))
        {
            return uMinusOne;
        }

        // Kahan's correction: the rounding error of e^x cancels in (u - 1) / log(u).
        return uMinusOne * x / Math.Log(u);
    }

    /// <inheritdoc cref="Expm1(double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Expm1(float x) => (float)Expm1((double)x);
}
