using System;
using System.Diagnostics;

namespace LossGen.Generator.Symbolic;

internal sealed partial class ExprFactory
{
    /// <summary>A one-argument function, with constant folding and the identities that keep derivatives small.</summary>
    public Expr Function(ExprKind kind, Expr argument)
    {
        Debug.Assert(kind.IsUnaryFunction(), "not a one-argument function");
        if (argument.Kind == ExprKind.Constant && Fold(kind, argument.Value) is double folded)
        {
            return Constant(folded);
        }

        switch (kind)
        {
            case ExprKind.Abs when argument.Kind == ExprKind.Abs:
                return argument;

            // |c x| = |c| |x| and sign(c x) = sign(c) sign(x): keeps the coefficient outside, where terms collect.
            case ExprKind.Abs or ExprKind.Sign when argument.Kind == ExprKind.Multiply && argument.Arguments[0].Kind == ExprKind.Constant:
                (double coefficient, Expr rest) = SplitCoefficient(argument);
                double outer = kind == ExprKind.Abs ? Math.Abs(coefficient) : Math.Sign(coefficient);
                return Multiply(Constant(outer), Function(kind, rest));

            case ExprKind.Log when argument.Kind == ExprKind.Exp:
                return argument.Arguments[0];
        }

        return Intern(kind, [argument]);
    }

    /// <summary>max(a, b); NaN in either gives NaN.</summary>
    public Expr Max(Expr left, Expr right) => MinOrMax(ExprKind.Max, left, right);

    /// <summary>min(a, b); NaN in either gives NaN.</summary>
    public Expr Min(Expr left, Expr right) => MinOrMax(ExprKind.Min, left, right);

    private Expr MinOrMax(ExprKind kind, Expr left, Expr right)
    {
        if (ReferenceEquals(left, right))
        {
            return left;
        }

        if (left.Kind == ExprKind.Constant && right.Kind == ExprKind.Constant)
        {
            return Constant(kind == ExprKind.Max ? Math.Max(left.Value, right.Value) : Math.Min(left.Value, right.Value));
        }

        return Intern(kind, [left, right]);
    }

    // Only functions whose double result here equals the generated code's: the generator may run on another runtime.
    private static double? Fold(ExprKind kind, double x) => kind switch
    {
        ExprKind.Abs => Math.Abs(x),
        ExprKind.Sign => double.IsNaN(x) ? double.NaN : Math.Sign(x),
        ExprKind.Sqrt => Math.Sqrt(x),
        ExprKind.Exp when x == 0 => 1,
        ExprKind.Log when x == 1 => 0,
        ExprKind.Log1p or ExprKind.Expm1 or ExprKind.Tanh or ExprKind.Sinh when x == 0 => 0,
        ExprKind.Cosh when x == 0 => 1,
        ExprKind.Sigmoid when x == 0 => 0.5,
        _ => null,
    };
}
