using System;
using CsCheck;
using LossGen.Tests.Shared;

namespace LossGen.Functional.Tests;

/// <summary>
/// The kink policy of docs/derivatives.md, pinned: PyTorch's value where PyTorch is consistent, the selected branch
/// of a conditional, and no NaN from a branch that is not taken (where PyTorch and JAX give NaN).
/// </summary>
public class PolicyTests
{
    [Fact]
    public void Abs_has_derivative_zero_at_zero_like_torch_abs()
    {
        Assert.Equal(0.0, RegressionLosses.AbsoluteErrorGradient(1.0, 1.0));
        Assert.Equal(0f, RegressionLosses.AbsoluteErrorGradient(1f, 1f));
    }

    [Fact]
    public void Max_and_min_split_ties_evenly_like_torch_maximum()
    {
        Assert.Equal(0.5, PolicyLosses.MaxWithZeroGradient(0));
        Assert.Equal(0.5, PolicyLosses.MinWithZeroGradient(0));
        Assert.Equal((1.0, 0.0), (PolicyLosses.MaxWithZeroGradient(1e-300), PolicyLosses.MaxWithZeroGradient(-1e-300)));
    }

    [Fact]
    public void A_conditional_differentiates_the_branch_it_selects()
    {
        // relu written as p > 0 ? p : 0 selects 0 at 0, as torch.relu does.
        Assert.Equal(0.0, PolicyLosses.ReluGradient(0));
        Assert.Equal(1.0, PolicyLosses.ReluGradient(1e-300));

        // Huber written with < (Definitions, like torch.nn.HuberLoss) takes the linear branch at |r| == delta: Hessian 0.
        Assert.Equal((1.0, 0.0), (RegressionLosses.HuberGradient(0.0, 1.0, 1.0), RegressionLosses.HuberHessian(0.0, 1.0, 1.0)));

        // Written with <=, the same point belongs to the quadratic branch: Hessian 1. The gradient is continuous either way.
        Assert.Equal((-1.0, 1.0), (PolicyLosses.HuberInclusiveGradient(0.0, -1.0, 1.0), PolicyLosses.HuberInclusiveHessian(0.0, -1.0, 1.0)));
    }

    [Fact]
    public void Clamp_passes_the_gradient_on_the_closed_interval_like_torch_clamp()
    {
        Assert.Equal((1.0, 1.0), (PolicyLosses.ClampUnitGradient(0), PolicyLosses.ClampUnitGradient(1)));
        Assert.Equal((0.0, 0.0), (PolicyLosses.ClampUnitGradient(-0.1), PolicyLosses.ClampUnitGradient(1.1)));
    }

    [Fact]
    public void Sqrt_has_an_infinite_derivative_at_zero_and_sign_a_zero_one()
    {
        Assert.Equal(double.PositiveInfinity, PolicyLosses.RootGradient(0));
        Assert.Equal(0.0, PolicyLosses.SignGradient(0));
        Assert.Equal(0.0, PolicyLosses.SignGradient(3));
    }

    [Fact]
    public void A_NaN_in_the_branch_not_taken_reaches_neither_value_nor_derivatives()
    {
        double value = PolicyLosses.GuardedLogWithGradientAndHessian(-4, out double gradient, out double hessian);

        Assert.Equal((0.0, 0.0, 0.0), (value, gradient, hessian));
    }

    [Fact]
    public void An_infinity_in_the_branch_not_taken_reaches_neither_value_nor_derivatives()
    {
        double value = PolicyLosses.GuardedExpWithGradientAndHessian(0.5, out double gradient, out double hessian);

        Assert.Equal((0.5, 1.0, 0.0), (value, gradient, hessian));
    }

    [Fact]
    public void NaN_inputs_propagate_to_value_and_derivatives()
    {
        double value = RegressionLosses.HuberWithGradientAndHessian(double.NaN, 1.0, 1.0, out double gradient, out _);
        double bce = ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(0.0, double.NaN, out double bceGradient);

        Assert.True(double.IsNaN(value) && double.IsNaN(gradient), $"Huber(NaN): {value}, {gradient}");
        Assert.True(double.IsNaN(bce) && double.IsNaN(bceGradient), $"BCE(NaN): {bce}, {bceGradient}");
    }

    [Fact]
    public void Two_variables_give_a_gradient_and_a_symmetric_hessian_that_agree_with_finite_differences()
    {
        Gen.Select(Gen.Double[-1.5, 1.5], Gen.Double[-1.5, 1.5]).Sample((a, b) =>
        {
            PolicyLosses.TwoVariablesGradient(a, b, out double dL_da, out double dL_db);
            PolicyLosses.TwoVariablesHessian(a, b, out double d2L_da2, out double d2L_dadb, out double d2L_db2);

            FiniteDifference.AssertAgrees(dL_da, x => PolicyLosses.TwoVariables(x, b), a, "dL/da");
            FiniteDifference.AssertAgrees(dL_db, x => PolicyLosses.TwoVariables(a, x), b, "dL/db");
            FiniteDifference.AssertAgrees(d2L_da2, x => Gradient(x, b).A, a, "d2L/da2");
            FiniteDifference.AssertAgrees(d2L_db2, x => Gradient(a, x).B, b, "d2L/db2");
            FiniteDifference.AssertAgrees(d2L_dadb, x => Gradient(a, x).A, b, "d2L/da db");
            FiniteDifference.AssertAgrees(d2L_dadb, x => Gradient(x, b).B, a, "d2L/db da");
        }, iter: 200);

        static (double A, double B) Gradient(double a, double b)
        {
            PolicyLosses.TwoVariablesGradient(a, b, out double dL_da, out double dL_db);
            return (dL_da, dL_db);
        }
    }
}
