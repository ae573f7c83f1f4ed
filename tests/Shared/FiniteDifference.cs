using System;

namespace LossGen.Tests.Shared;

/// <summary>
/// Central finite differences, the independent check of every analytic derivative. With h = 1e-5 (scaled by |x|) the
/// truncation error is about 1e-10 |f'''| and the rounding error about 1e-11 |f| in double, far below the tolerance.
/// </summary>
public static class FiniteDifference
{
    public const double Tolerance = 1e-6;

    public static double Derivative(Func<double, double> f, double x)
    {
        double h = 1e-5 * Math.Max(1, Math.Abs(x));
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>Asserts |analytic - numeric| &lt;= Tolerance * (1 + |numeric|), with the point in the message.</summary>
    public static void AssertAgrees(double analytic, Func<double, double> f, double x, string what)
    {
        double numeric = Derivative(f, x);
        double allowed = Tolerance * (1 + Math.Abs(numeric));
        if (!(Math.Abs(analytic - numeric) <= allowed))
        {
            throw new Xunit.Sdk.XunitException($"{what} at x = {x:R}: analytic {analytic:R}, finite difference {numeric:R}");
        }
    }
}
