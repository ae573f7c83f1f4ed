using System;
using System.Runtime.Intrinsics;
using LossGen.Vectors;

namespace LossGen.Functional.Tests;

/// <summary>
/// The vector functions against the scalar ones, in units in the last place, over their useful ranges: float results
/// against the double function correctly rounded to float, double results against Math and LossMath. The bounds are
/// the ones docs/performance.md states. They run in Vector128, which on an AVX-512 machine uses the AVX-512 forms of
/// exponent scaling and mantissa extraction, and the portable forms when AVX-512 is switched off (CI's width-128 run).
/// </summary>
[Trait("Category", "Batch")]
public class VectorMathAccuracyTests
{
    private const int Samples = 100_000;

    // function, from, to, bound (ulps)
    public static TheoryData<string, double, double, int> FloatFunctions => new()
    {
        { "Exp", -87, 88, 1 },
        { "ExpSubnormal", -103, -87.4, 1 },
        { "Log", 1e-30, 1e30, 1 },
        { "LogSubnormal", 1.5e-45, 1.1e-38, 1 },
        { "Log1p", -0.999, 1e6, 1 },
        { "Log1pSmall", -1e-3, 1e-3, 1 },
        { "Log1pOnUnitInterval", 0, 1, 1 },
        { "Log1pOnUnitIntervalSmall", 1e-40, 1e-3, 1 },
        { "Expm1", -20, 20, 2 },
        { "Expm1Small", -1e-3, 1e-3, 2 },
        { "Tanh", -20, 20, 4 },
        { "Sinh", -80, 80, 2 },
        { "Cosh", -80, 80, 1 },
        { "Pow", 1e-6, 1e6, 16 },
    };

    public static TheoryData<string, double, double, int> DoubleFunctions => new()
    {
        { "Exp", -700, 700, 1 },
        { "ExpSubnormal", -745, -708.5, 1 },
        { "Log", 1e-300, 1e300, 1 },
        { "LogSubnormal", 5e-324, 2.2e-308, 1 },
        { "Log1p", -0.999, 1e6, 2 },
        { "Log1pSmall", -1e-3, 1e-3, 2 },
        { "Log1pOnUnitInterval", 0, 1, 2 },
        { "Log1pOnUnitIntervalSmall", 1e-300, 1e-3, 2 },
        { "Expm1", -20, 20, 3 },
        { "Expm1Small", -1e-3, 1e-3, 3 },
        { "Tanh", -20, 20, 4 },
        { "Sinh", -700, 700, 2 },
        { "Cosh", -700, 700, 2 },
        { "Pow", 1e-6, 1e6, 16 },
    };

    [Theory]
    [MemberData(nameof(FloatFunctions))]
    public void Float_functions_are_within_their_stated_ulps(string function, double from, double to, int bound)
    {
        long worst = 0;
        double worstAt = 0;
        foreach (double x in Points(from, to))
        {
            float input = (float)x;
            float actual = Vector(function, Vector128.Create(input)).GetElement(0);
            float expected = (float)Reference(function, input);
            long ulps = Tolerance.Ulps(expected, actual, single: true);
            if (ulps > worst)
            {
                (worst, worstAt) = (ulps, input);
            }
        }

        Assert.True(worst <= bound, $"{function}(float): {worst} ulps at {worstAt:R}");
    }

    [Theory]
    [MemberData(nameof(DoubleFunctions))]
    public void Double_functions_are_within_their_stated_ulps(string function, double from, double to, int bound)
    {
        long worst = 0;
        double worstAt = 0;
        foreach (double x in Points(from, to))
        {
            double actual = Vector(function, Vector128.Create(x)).GetElement(0);
            long ulps = Tolerance.Ulps(Reference(function, x), actual, single: false);
            if (ulps > worst)
            {
                (worst, worstAt) = (ulps, x);
            }
        }

        Assert.True(worst <= bound, $"{function}(double): {worst} ulps at {worstAt:R}");
    }

    // Uniform over the interval, or log-uniform when it spans many orders of magnitude on one side of zero.
    private static double[] Points(double from, double to)
    {
        var random = new Random(7);
        bool logarithmic = from > 0 && to / from > 1e3;
        var points = new double[Samples];
        for (int i = 0; i < Samples; i++)
        {
            double u = random.NextDouble();
            points[i] = logarithmic ? from * Math.Pow(to / from, u) : from + ((to - from) * u);
        }

        return points;
    }

    private static Vector128<T> Vector<T>(string function, Vector128<T> x)
        where T : unmanaged => function switch
        {
            "Exp" or "ExpSubnormal" => VectorMath.Exp(x),
            "Log" or "LogSubnormal" => VectorMath.Log(x),
            "Log1p" or "Log1pSmall" => VectorMath.Log1p(x),
            "Log1pOnUnitInterval" or "Log1pOnUnitIntervalSmall" => VectorMath.Log1pOnUnitInterval(x),
            "Expm1" or "Expm1Small" => VectorMath.Expm1(x),
            "Tanh" => VectorMath.Tanh(x),
            "Sinh" => VectorMath.Sinh(x),
            "Cosh" => VectorMath.Cosh(x),
            _ => VectorMath.Pow(x, typeof(T) == typeof(float) ? (Vector128<T>)(object)Vector128.Create(0.7f) : (Vector128<T>)(object)Vector128.Create(0.7)),
        };

    private static double Reference(string function, double x) => function switch
    {
        "Exp" or "ExpSubnormal" => Math.Exp(x),
        "Log" or "LogSubnormal" => Math.Log(x),
        "Log1p" or "Log1pSmall" or "Log1pOnUnitInterval" or "Log1pOnUnitIntervalSmall" => LossMath.Log1p(x),
        "Expm1" or "Expm1Small" => LossMath.Expm1(x),
        "Tanh" => Math.Tanh(x),
        "Sinh" => Math.Sinh(x),
        "Cosh" => Math.Cosh(x),
        _ => Math.Pow(x, 0.7),
    };
}
