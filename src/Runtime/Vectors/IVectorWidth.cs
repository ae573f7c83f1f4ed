using System.Runtime.Intrinsics;
using LossGen.Batch;

namespace LossGen.Vectors;

/// <summary>
/// The operations of one vector width, as static members, so that an algorithm written once over
/// <c>TWidth : IVectorWidth&lt;TVector, T&gt;</c> compiles to plain Vector512, Vector256 or Vector128 code: the JIT
/// specializes generic code for each struct and inlines these one-line members.
/// </summary>
internal interface IVectorWidth<TVector, T>
    where TVector : struct
    where T : unmanaged
{
    static abstract bool IsAccelerated { get; }

    static abstract int Count { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Create(T value);

    static abstract TVector Add(TVector left, TVector right);

    static abstract TVector Subtract(TVector left, TVector right);

    static abstract TVector Multiply(TVector left, TVector right);

    static abstract TVector Divide(TVector left, TVector right);

    static abstract TVector Negate(TVector value);

    static abstract TVector Abs(TVector value);

    static abstract TVector Max(TVector left, TVector right);

    static abstract TVector CopySign(TVector value, TVector sign);

    static abstract TVector Exp(TVector value);

    static abstract TVector Log(TVector value);

    static abstract TVector Floor(TVector value);

    static abstract TVector Round(TVector value);

    static abstract TVector Min(TVector left, TVector right);

    /// <summary>min in one instruction; NaN only propagates from <paramref name="right"/> (x86 returns right when either is NaN).</summary>
    static abstract TVector MinNative(TVector left, TVector right);

    /// <summary>max in one instruction; NaN only propagates from <paramref name="right"/> (x86 returns right when either is NaN).</summary>
    static abstract TVector MaxNative(TVector left, TVector right);

    static abstract TVector FusedMultiplyAdd(TVector left, TVector right, TVector addend);

    /// <summary>x * 2^n for n holding integers, correct through overflow to infinity and gradual underflow.</summary>
    static abstract TVector ScaleByPowerOfTwo(TVector x, TVector n);

    /// <summary>The mantissa m in [0.5, 1) and the exponent e of x = m * 2^e, for positive finite x, normal or subnormal.</summary>
    static abstract TVector Decompose(TVector x, out TVector exponent);

    static abstract TVector Equal(TVector left, TVector right);

    static abstract TVector LessThan(TVector left, TVector right);

    static abstract TVector GreaterThan(TVector left, TVector right);

    static abstract TVector GreaterThanOrEqual(TVector left, TVector right);

    static abstract TVector IsPositiveInfinity(TVector value);

    static abstract TVector ConditionalSelect(TVector mask, TVector whenTrue, TVector whenFalse);

    /// <summary>The sum of the lanes, added in double.</summary>
    static abstract double Sum(TVector value);

    static abstract TVector Step<TKernel>(scoped ref TKernel kernel, nuint i, TVector sum)
        where TKernel : IBatchKernel<T>, allows ref struct;
}
