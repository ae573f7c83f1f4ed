using System;

namespace LossGen.Generator.Symbolic;

/// <summary>Exact evaluation: two forms that agree here agree as rational functions, not just to rounding.</summary>
internal sealed class ExactEvaluator(Func<Expr, Rational> parameterValue) : Evaluator<Rational>(parameterValue)
{
    protected override Rational? Constant(double value) => Rational.FromDouble(value);

    protected override Rational Add(Rational a, Rational b) => a + b;

    protected override Rational Multiply(Rational a, Rational b) => a * b;

    protected override Rational? Reciprocal(Rational a) => Rational.Divide(Rational.Of(1, 1), a);

    protected override Rational Abs(Rational a) => a.Abs();

    protected override Rational Sign(Rational a) => Rational.Of(a.Sign, 1);

    protected override Rational Max(Rational a, Rational b) => a.CompareTo(b) >= 0 ? a : b;

    protected override Rational Min(Rational a, Rational b) => a.CompareTo(b) <= 0 ? a : b;

    protected override bool Compare(ExprKind kind, Rational a, Rational b) => Holds(kind, a.CompareTo(b));

    private static bool Holds(ExprKind kind, int order) => kind switch
    {
        ExprKind.Less => order < 0,
        ExprKind.LessOrEqual => order <= 0,
        ExprKind.Greater => order > 0,
        ExprKind.GreaterOrEqual => order >= 0,
        ExprKind.Equal => order == 0,
        _ => order != 0,
    };
}
