using System;
using CsCheck;
using LossGen.Tests.Shared;

namespace LossGen.Functional.Tests;

/// <summary>
/// The ready-made losses against values worked out from their published definitions (torch.nn MSELoss, L1Loss,
/// HuberLoss and BCEWithLogitsLoss with reduction 'none'), not computed by the code under test: BCE here is the
/// textbook -[y log s + (1 - y) log(1 - s)] with s = 1 / (1 + e^-p), differentiated by hand: s - y and s (1 - s).
/// </summary>
public class DefinitionsTests
{
    private const double Relative = 1e-14;

    [Theory]
    // y, p, loss, dL/dp, d2L/dp2
    [InlineData(1.0, 3.0, 4.0, 4.0, 2.0)]
    [InlineData(-0.5, 0.25, 0.5625, 1.5, 2.0)]
    [InlineData(2.0, 2.0, 0.0, 0.0, 2.0)]
    public void Squared_error(double y, double p, double loss, double gradient, double hessian)
    {
        AssertReference((loss, gradient, hessian), RegressionLosses.SquaredErrorWithGradientAndHessian(y, p, out double g, out double h), g, h);
        AssertFloat((loss, gradient, hessian), RegressionLosses.SquaredErrorWithGradientAndHessian((float)y, (float)p, out float gf, out float hf), gf, hf);
    }

    [Theory]
    [InlineData(1.0, -2.0, 3.0, -1.0, 0.0)]
    [InlineData(-1.0, 0.5, 1.5, 1.0, 0.0)]
    [InlineData(0.75, 0.75, 0.0, 0.0, 0.0)]
    public void Absolute_error(double y, double p, double loss, double gradient, double hessian)
    {
        AssertReference((loss, gradient, hessian), RegressionLosses.AbsoluteErrorWithGradientAndHessian(y, p, out double g, out double h), g, h);
        AssertFloat((loss, gradient, hessian), RegressionLosses.AbsoluteErrorWithGradientAndHessian((float)y, (float)p, out float gf, out float hf), gf, hf);
    }

    [Theory]
    // y, p, delta, loss, dL/dp, d2L/dp2: 0.5 r^2 while |r| < delta, delta (|r| - delta / 2) beyond, r = p - y
    [InlineData(0.0, 0.5, 1.0, 0.125, 0.5, 1.0)]
    [InlineData(0.0, -2.0, 1.0, 1.5, -1.0, 0.0)]
    [InlineData(0.0, 1.0, 1.0, 0.5, 1.0, 0.0)]
    [InlineData(1.0, 4.0, 2.0, 4.0, 2.0, 0.0)]
    [InlineData(3.0, 2.5, 2.0, 0.125, -0.5, 1.0)]
    public void Huber(double y, double p, double delta, double loss, double gradient, double hessian)
    {
        AssertReference((loss, gradient, hessian), RegressionLosses.HuberWithGradientAndHessian(y, p, delta, out double g, out double h), g, h);
        AssertFloat((loss, gradient, hessian), RegressionLosses.HuberWithGradientAndHessian((float)y, (float)p, (float)delta, out float gf, out float hf), gf, hf);
    }

    [Theory]
    [InlineData(1.0, 0.0, 0.6931471805599453, -0.5, 0.25)]
    [InlineData(0.0, 2.0, 2.1269280110429725, 0.8807970779778823, 0.10499358540350662)]
    [InlineData(1.0, -3.0, 3.048587351573742, -0.9525741268224333, 0.04517665973091214)]
    [InlineData(0.3, 1.5, 1.2514132779827524, 0.5175744761936436, 0.14914645207033286)]
    // Far out, where e^p overflows a naive formula: the loss tends to 0 or to |p|, the gradient to 0 or to 1.
    [InlineData(1.0, 800.0, 0.0, 0.0, 0.0)]
    [InlineData(0.0, -800.0, 0.0, 0.0, 0.0)]
    [InlineData(0.0, 800.0, 800.0, 1.0, 0.0)]
    [InlineData(1.0, -800.0, 800.0, -1.0, 0.0)]
    public void Binary_cross_entropy_with_logits(double y, double p, double loss, double gradient, double hessian)
    {
        AssertReference((loss, gradient, hessian), ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradientAndHessian(y, p, out double g, out double h), g, h);
        AssertFloat((loss, gradient, hessian), ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradientAndHessian((float)y, (float)p, out float gf, out float hf), gf, hf);
    }

    [Fact]
    public void Every_definition_agrees_with_finite_differences()
    {
        // Points within 1e-3 of a kink (p == y; |p - y| == delta) are left out: a stencil there straddles it.
        Gen.Select(Gen.Double[-5, 5], Gen.Double[-5, 5], Gen.Double[0.1, 3])
            .Where((y, p, delta) => Math.Abs(p - y) > 1e-3 && Math.Abs(Math.Abs(p - y) - delta) > 1e-3)
            .Sample((y, p, delta) =>
            {
                FiniteDifference.AssertAgrees(RegressionLosses.SquaredErrorGradient(y, p), x => RegressionLosses.SquaredError(y, x), p, "SquaredError'");
                FiniteDifference.AssertAgrees(RegressionLosses.SquaredErrorHessian(y, p), x => RegressionLosses.SquaredErrorGradient(y, x), p, "SquaredError''");
                FiniteDifference.AssertAgrees(RegressionLosses.AbsoluteErrorGradient(y, p), x => RegressionLosses.AbsoluteError(y, x), p, "AbsoluteError'");
                FiniteDifference.AssertAgrees(RegressionLosses.AbsoluteErrorHessian(y, p), x => RegressionLosses.AbsoluteErrorGradient(y, x), p, "AbsoluteError''");
                FiniteDifference.AssertAgrees(RegressionLosses.HuberGradient(y, p, delta), x => RegressionLosses.Huber(y, x, delta), p, "Huber'");
                FiniteDifference.AssertAgrees(RegressionLosses.HuberHessian(y, p, delta), x => RegressionLosses.HuberGradient(y, x, delta), p, "Huber''");
                double target = (y + 5) / 10;
                FiniteDifference.AssertAgrees(ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(target, p), x => ClassificationLosses.BinaryCrossEntropyWithLogits(target, x), p, "BCE'");
                FiniteDifference.AssertAgrees(ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(target, p), x => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(target, x), p, "BCE''");
            }, iter: 500);
    }

    private static void AssertReference((double Loss, double Gradient, double Hessian) expected, double loss, double gradient, double hessian)
    {
        Assert.Equal(expected.Loss, loss, Relative * (1 + Math.Abs(expected.Loss)));
        Assert.Equal(expected.Gradient, gradient, Relative * (1 + Math.Abs(expected.Gradient)));
        Assert.Equal(expected.Hessian, hessian, Relative * (1 + Math.Abs(expected.Hessian)));
    }

    // Float: within 2e-6 relative (a handful of float ulps) of the exact reference.
    private static void AssertFloat((double Loss, double Gradient, double Hessian) expected, float loss, float gradient, float hessian)
    {
        Assert.Equal(expected.Loss, loss, 2e-6 * (1 + Math.Abs(expected.Loss)));
        Assert.Equal(expected.Gradient, gradient, 2e-6 * (1 + Math.Abs(expected.Gradient)));
        Assert.Equal(expected.Hessian, hessian, 2e-6 * (1 + Math.Abs(expected.Hessian)));
    }
}
