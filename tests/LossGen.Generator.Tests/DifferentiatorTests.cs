using System;
using System.Collections.Generic;
using CsCheck;
using LossGen.Generator.Symbolic;
using LossGen.Generator.Tests.Infrastructure;
using LossGen.Tests.Shared;

namespace LossGen.Generator.Tests;

/// <summary>The symbolic derivatives, evaluated directly from the IR, against finite differences of the IR's value.</summary>
public class DifferentiatorTests
{
    public static TheoryData<string, double, double> SmoothFormulas => new()
    {
        // formula in p (and the constant c = 0.7), and the interval of p where it is smooth
        { "p^3 - 2*p + 1", -3, 3 },
        { "c / p", 0.1, 5 },
        { "(p - c)^2 / (1 + p^2)", -4, 4 },
        { "p^c", 0.1, 4 },
        { "c^p", -3, 3 },
        { "p^p", 0.1, 3 },
        { "sqrt(p)", 0.01, 9 },
        { "exp(-p^2)", -3, 3 },
        { "log(p)", 0.01, 9 },
        { "log1p(p)", -0.9, 9 },
        { "expm1(p)", -5, 5 },
        { "sigmoid(p)", -15, 15 },
        { "softplus(p)", -30, 30 },
        { "tanh(p)", -5, 5 },
        { "sinh(p) + cosh(p)", -4, 4 },
        { "square(p - c)", -4, 4 },
        { "pow(p, 3)", -3, 3 },
        { "abs(p) + sign(p) * c", 0.01, 5 },
        { "abs(p)", -5, -0.01 },
        { "max(p, c) + min(p, 2*c)", 0.8, 1.3 },
        { "clamp(p, -1, 1) * p", -0.99, 0.99 },
        { "p > c ? log(p) : p^2", 0.71, 5 },
        { "p > c ? log(p) : p^2", -3, 0.69 },
        { "r = p - c; s = r * r; t = exp(-s); t * s + r", -3, 3 },
        { "sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(p))))))))))", -5, 5 },
    };

    [Theory]
    [MemberData(nameof(SmoothFormulas))]
    public void First_and_second_derivatives_agree_with_finite_differences(string formula, double from, double to)
    {
        (ExprFactory factory, Expr loss, Expr[] parameters) = Formulas.Bind(formula, "p", "c");
        LossDerivatives math = LossDerivatives.Build(factory, loss, [parameters[0]], new Dictionary<Expr, string>(), default);
        LossDerivatives code = math.WithSharedProducts(factory, default);
        const double c = 0.7;

        Gen.Double[from, to].Sample(p =>
        {
            // The math form against finite differences, and the shared form (what is emitted) against the math form.
            FiniteDifference.AssertAgrees(Evaluator.Evaluate(math.Gradient[0], p, c), x => Evaluator.Evaluate(loss, x, c), p, $"d/dp {formula}");
            FiniteDifference.AssertAgrees(Evaluator.Evaluate(math.Hessian[0], p, c), x => Evaluator.Evaluate(math.Gradient[0], x, c), p, $"d2/dp2 {formula}");
            Expr[] mathForms = [math.Value, math.Gradient[0], math.Hessian[0]];
            Expr[] codeForms = [code.Value, code.Gradient[0], code.Hessian[0]];
            for (int i = 0; i < 3; i++)
            {
                double expected = Evaluator.Evaluate(mathForms[i], p, c);
                Assert.Equal(expected, Evaluator.Evaluate(codeForms[i], p, c), 1e-12 * (1 + Math.Abs(expected)));
            }
        }, iter: 200);
    }

    [Theory]
    [InlineData("abs(p)", 0, 0)]
    [InlineData("max(p, 0)", 0, 0.5)]
    [InlineData("min(p, 0)", 0, 0.5)]
    [InlineData("max(0, p)", 0, 0.5)]
    [InlineData("clamp(p, 0, 1)", 0, 1)]
    [InlineData("clamp(p, 0, 1)", 1, 1)]
    [InlineData("clamp(p, 0, 1)", 1.5, 0)]
    [InlineData("p >= 0 ? p : 0", 0, 1)]
    [InlineData("p > 0 ? p : 0", 0, 0)]
    [InlineData("sign(p)", 0, 0)]
    [InlineData("sqrt(p)", 0, double.PositiveInfinity)]
    public void Derivatives_at_kinks_follow_the_declared_policy(string formula, double p, double expected)
    {
        (ExprFactory factory, Expr loss, Expr[] parameters) = Formulas.Bind(formula, "p");

        Expr gradient = new Differentiator(factory, parameters[0], default).Derivative(loss);

        Assert.Equal(expected, Evaluator.Evaluate(gradient, p));
    }

    [Fact]
    public void The_branch_not_taken_never_leaks_NaN_into_a_derivative()
    {
        // At p = -4, sqrt(p) and log(p) are NaN, but the condition selects 0: value, gradient and Hessian are all 0.
        (ExprFactory factory, Expr loss, Expr[] parameters) = Formulas.Bind("p > 0 ? sqrt(p) * log(p) : 0", "p");
        var differentiator = new Differentiator(factory, parameters[0], default);
        Expr gradient = differentiator.Derivative(loss);
        Expr hessian = differentiator.Derivative(gradient);

        Assert.Equal((0.0, 0.0, 0.0), (Evaluator.Evaluate(loss, -4), Evaluator.Evaluate(gradient, -4), Evaluator.Evaluate(hessian, -4)));
    }

    [Fact]
    public void Derivatives_of_deep_compositions_grow_linearly_with_depth()
    {
        // Ten nested sigmoids: without sharing, the second derivative would repeat each inner sigmoid exponentially.
        string formula = "p";
        for (int i = 0; i < 10; i++)
        {
            formula = $"sigmoid({formula})";
        }

        (ExprFactory factory, Expr loss, Expr[] parameters) = Formulas.Bind(formula, "p");
        var differentiator = new Differentiator(factory, parameters[0], default);
        Expr gradient = differentiator.Derivative(loss);
        Expr hessian = differentiator.Derivative(gradient);

        Assert.InRange(Formulas.DistinctNodes(loss), 11, 11);
        // Each level adds a constant number of nodes: s(1 - s) for the gradient, a few more for the Hessian.
        Assert.InRange(Formulas.DistinctNodes(loss, gradient), 12, 11 + (3 * 10));
        Assert.InRange(Formulas.DistinctNodes(loss, gradient, hessian), 12, 11 + (3 * 10) + (6 * 10));
    }

    [Fact]
    public void Mixed_second_derivatives_are_symmetric()
    {
        (ExprFactory factory, Expr loss, Expr[] parameters) = Formulas.Bind("exp(a * b) / (1 + a^2) + log1p(b^2) * a", "a", "b");

        var byA = new Differentiator(factory, parameters[0], default);
        var byB = new Differentiator(factory, parameters[1], default);
        Expr ab = byB.Derivative(byA.Derivative(loss));
        Expr ba = byA.Derivative(byB.Derivative(loss));

        Gen.Select(Gen.Double[-2, 2], Gen.Double[-2, 2]).Sample((a, b) =>
            Assert.Equal(Evaluator.Evaluate(ab, a, b), Evaluator.Evaluate(ba, a, b), 1e-12 * (1 + Math.Abs(Evaluator.Evaluate(ab, a, b)))), iter: 100);
    }
}
