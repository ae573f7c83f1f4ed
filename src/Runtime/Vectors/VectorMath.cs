using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace LossGen.Vectors;

/// <summary>
/// Vector functions that generated batch kernels call, lane by lane the same functions as <see cref="LossMath"/> and
/// <see cref="System.Math"/>, for float and double at every width. Exp and Log are inlined polynomials in both types;
/// the others are built on them in numerically stable forms (docs/performance.md gives their accuracy in ulps).
/// </summary>
public static class VectorMath
{
    /// <summary>e^x, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Exp<T>(Vector512<T> x)
        where T : unmanaged => Width512<T>.Exp(x);

    /// <summary>e^x, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Exp<T>(Vector256<T> x)
        where T : unmanaged => Width256<T>.Exp(x);

    /// <summary>e^x, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Exp<T>(Vector128<T> x)
        where T : unmanaged => Width128<T>.Exp(x);

    /// <summary>The natural logarithm, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log<T>(Vector512<T> x)
        where T : unmanaged => Width512<T>.Log(x);

    /// <summary>The natural logarithm, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log<T>(Vector256<T> x)
        where T : unmanaged => Width256<T>.Log(x);

    /// <summary>The natural logarithm, an inlined polynomial (1 ulp).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Log<T>(Vector128<T> x)
        where T : unmanaged => Width128<T>.Log(x);

    /// <summary>-1, 0 or 1 by the sign of each lane; NaN for NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Sign<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Sign<Width512<T>, Vector512<T>, T>(x);

    /// <summary>-1, 0 or 1 by the sign of each lane; NaN for NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Sign<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Sign<Width256<T>, Vector256<T>, T>(x);

    /// <summary>-1, 0 or 1 by the sign of each lane; NaN for NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Sign<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Sign<Width128<T>, Vector128<T>, T>(x);

    /// <summary>log(1 + x), accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log1p<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Log1p<Width512<T>, Vector512<T>, T>(x);

    /// <summary>log(1 + x), accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log1p<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Log1p<Width256<T>, Vector256<T>, T>(x);

    /// <summary>log(1 + x), accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Log1p<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Log1p<Width128<T>, Vector128<T>, T>(x);

    /// <summary>log(1 + x) for x in [0, 1] (or NaN): cheaper than <see cref="Log1p{T}(Vector512{T})"/>, and accurate only there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Log1pOnUnitInterval<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Log1pOnUnitInterval<Width512<T>, Vector512<T>, T>(x);

    /// <summary>log(1 + x) for x in [0, 1] (or NaN): cheaper than <see cref="Log1p{T}(Vector256{T})"/>, and accurate only there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Log1pOnUnitInterval<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Log1pOnUnitInterval<Width256<T>, Vector256<T>, T>(x);

    /// <summary>log(1 + x) for x in [0, 1] (or NaN): cheaper than <see cref="Log1p{T}(Vector128{T})"/>, and accurate only there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Log1pOnUnitInterval<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Log1pOnUnitInterval<Width128<T>, Vector128<T>, T>(x);

    /// <summary>e^x - 1, accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Expm1<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Expm1<Width512<T>, Vector512<T>, T>(x);

    /// <summary>e^x - 1, accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Expm1<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Expm1<Width256<T>, Vector256<T>, T>(x);

    /// <summary>e^x - 1, accurate near 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Expm1<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Expm1<Width128<T>, Vector128<T>, T>(x);

    /// <summary>The hyperbolic tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Tanh<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Tanh<Width512<T>, Vector512<T>, T>(x);

    /// <summary>The hyperbolic tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Tanh<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Tanh<Width256<T>, Vector256<T>, T>(x);

    /// <summary>The hyperbolic tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Tanh<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Tanh<Width128<T>, Vector128<T>, T>(x);

    /// <summary>The hyperbolic sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Sinh<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Sinh<Width512<T>, Vector512<T>, T>(x);

    /// <summary>The hyperbolic sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Sinh<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Sinh<Width256<T>, Vector256<T>, T>(x);

    /// <summary>The hyperbolic sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Sinh<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Sinh<Width128<T>, Vector128<T>, T>(x);

    /// <summary>The hyperbolic cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Cosh<T>(Vector512<T> x)
        where T : unmanaged => VectorFunctions.Cosh<Width512<T>, Vector512<T>, T>(x);

    /// <summary>The hyperbolic cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Cosh<T>(Vector256<T> x)
        where T : unmanaged => VectorFunctions.Cosh<Width256<T>, Vector256<T>, T>(x);

    /// <summary>The hyperbolic cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Cosh<T>(Vector128<T> x)
        where T : unmanaged => VectorFunctions.Cosh<Width128<T>, Vector128<T>, T>(x);

    /// <summary>x^y, as Math.Pow: for a negative x, defined when y is an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> Pow<T>(Vector512<T> x, Vector512<T> y)
        where T : unmanaged => VectorFunctions.Pow<Width512<T>, Vector512<T>, T>(x, y);

    /// <summary>x^y, as Math.Pow: for a negative x, defined when y is an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> Pow<T>(Vector256<T> x, Vector256<T> y)
        where T : unmanaged => VectorFunctions.Pow<Width256<T>, Vector256<T>, T>(x, y);

    /// <summary>x^y, as Math.Pow: for a negative x, defined when y is an integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> Pow<T>(Vector128<T> x, Vector128<T> y)
        where T : unmanaged => VectorFunctions.Pow<Width128<T>, Vector128<T>, T>(x, y);

}
