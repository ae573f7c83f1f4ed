using System;

namespace LossGen.Generator.Symbolic;

/// <summary>IEEE double evaluation, for what exact arithmetic cannot see: infinities and NaN.</summary>
internal sealed class DoubleEvaluator(Func<Expr, double> parameterValue) : Evaluator<double>(parameterValue)
{
    protected override double? Constant(double value) => value;

    protected override double Add(double a, double b) => a + b;

    protected override double Multiply(double a, double b) => a * b;

    protected override double? Reciprocal(double a) => 1 / a;

    protected override double Abs(double a) => Math.Abs(a);

    protected override double Sign(double a) => double.IsNaN(a) ? double.NaN : Math.Sign(a);

    protected override double Max(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Max(a, b);

    protected override double Min(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b);

    protected override bool Compare(ExprKind kind, double a, double b) => kind switch
    {
        ExprKind.Less => a < b,
        ExprKind.LessOrEqual => a <= b,
        ExprKind.Greater => a > b,
        ExprKind.GreaterOrEqual => a >= b,
        ExprKind.Equal => a == b,
        _ => a != b,
    };
}
