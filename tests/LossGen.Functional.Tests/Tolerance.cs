using System;

namespace LossGen.Functional.Tests;

/// <summary>
/// How closely batch results must match the scalar code. Elementwise outputs: within <see cref="ElementUlps"/> units in
/// the last place, or within an absolute 1e-6 (float) / 1e-14 (double) of the scalar value, which covers results near
/// zero that come out of cancellation (1 - sigmoid). NaN matches NaN, and infinities match only themselves.
/// </summary>
internal static class Tolerance
{
    public const int ElementUlps = 16;

    public static bool Close(double expected, double actual, bool single)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual) || double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected.Equals(actual);
        }

        double absolute = single ? 1e-6 : 1e-14;
        return Math.Abs(expected - actual) <= absolute || Ulps(expected, actual, single) <= ElementUlps;
    }

    public static void AssertClose(double expected, double actual, bool single, string what)
    {
        if (!Close(expected, actual, single))
        {
            throw new Xunit.Sdk.XunitException($"{what}: batch {actual:R}, scalar {expected:R} ({Ulps(expected, actual, single)} ulps)");
        }
    }

    /// <summary>Sums: relative to the sum of magnitudes, 1e-6 for float data (lanes in float) and 1e-12 for double.</summary>
    public static void AssertSumClose(double expected, double actual, double magnitude, bool single, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: batch {actual:R}, scalar {expected:R}");
            return;
        }

        double allowed = (single ? 1e-6 : 1e-12) * (1 + magnitude);
        Assert.True(Math.Abs(expected - actual) <= allowed, $"{what}: batch {actual:R}, scalar {expected:R}, allowed {allowed:R}");
    }

    /// <summary>How many representable values (float or double) lie between the two; 0 when they are equal, NaN included.</summary>
    public static long Ulps(double expected, double actual, bool single) => expected.Equals(actual) ? 0 : single
        ? Math.Abs((long)Ordered(BitConverter.SingleToInt32Bits((float)expected)) - Ordered(BitConverter.SingleToInt32Bits((float)actual)))
        : Math.Abs(Ordered(BitConverter.DoubleToInt64Bits(expected)) - Ordered(BitConverter.DoubleToInt64Bits(actual)));

    // Bit patterns ordered like the numbers they encode, so that their difference counts representable values.
    private static long Ordered(long bits) => bits < 0 ? long.MinValue - bits : bits;

    private static int Ordered(int bits) => bits < 0 ? int.MinValue - bits : bits;
}
