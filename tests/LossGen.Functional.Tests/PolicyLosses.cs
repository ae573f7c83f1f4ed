namespace LossGen.Functional.Tests;

/// <summary>Losses whose derivatives at non-smooth points and in untaken branches pin the documented policy.</summary>
public static partial class PolicyLosses
{
    [Loss("r = y - p; abs(r) <= delta ? r^2/2 : delta*(abs(r) - delta/2)")]
    public static partial double HuberInclusive(double y, double p, double delta);

    [Loss("max(p, 0)")]
    public static partial double MaxWithZero(double p);

    [Loss("min(p, 0)")]
    public static partial double MinWithZero(double p);

    [Loss("p > 0 ? p : 0")]
    public static partial double Relu(double p);

    [Loss("clamp(p, 0, 1)")]
    public static partial double ClampUnit(double p);

    [Loss("sqrt(p)")]
    public static partial double Root(double p);

    // Its derivative is zero everywhere, which LG0011 rightly warns about; the pragma shows the warning is suppressible.
#pragma warning disable LG0011
    [Loss("sign(p)")]
    public static partial double Sign(double p);
#pragma warning restore LG0011

    // The untaken branch is NaN (sqrt and log of a negative number) or infinite (exp overflows).
    [Loss("p > 0 ? sqrt(p) * log(p) : 0")]
    public static partial double GuardedLog(double p);

    [Loss("p < 10 ? p : exp(p * 100)")]
    public static partial double GuardedExp(double p);

    [Loss("exp(a * b) / (1 + a^2) + log1p(b^2) * a", WithRespectTo = ["a", "b"])]
    public static partial double TwoVariables(double a, double b);
}
