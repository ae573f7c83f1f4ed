using LossGen;

namespace QuickStart;

/// <summary>Losses declared in this program: write the formula, build, and call the generated members.</summary>
public static partial class MyLosses
{
    // The Huber loss as the README writes it: `<=` picks the quadratic branch at |r| == delta.
    [Loss("r = y - p; abs(r) <= delta ? r^2/2 : delta*(abs(r) - delta/2)")]
    public static partial double Huber(double y, double p, double delta);

    // log(cosh(r)) overflows for |r| > 710; this form is the same function and never does.
    [Loss("r = p - y; abs(r) + softplus(-2*abs(r)) - log(2)")]
    public static partial double LogCosh(double y, double p);

    // Quantile (pinball) loss for quantile q: differentiate with respect to the prediction only.
    [Loss("r = y - p; r >= 0 ? q * r : (q - 1) * r")]
    public static partial double Pinball(double y, double p, double q);

    // Two variables: the gradient and the full Hessian come out with respect to both.
    [Loss("(a * x + b - y)^2", WithRespectTo = ["a", "b"])]
    public static partial double LineFit(double x, double y, double a, double b);
}
