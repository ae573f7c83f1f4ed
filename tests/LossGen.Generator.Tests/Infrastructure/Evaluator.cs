using System;
using System.Collections.Generic;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>
/// Evaluates IR in double, independently of the emitter, so the simplifier and differentiator are checked on their
/// own. Conditions evaluate to 1 (true) or 0 (false).
/// </summary>
internal static class Evaluator
{
    public static double Evaluate(Expr node, params double[] parameters) => Evaluate(node, parameters, new Dictionary<Expr, double>());

    private static double Evaluate(Expr node, double[] parameters, Dictionary<Expr, double> memo)
    {
        if (memo.TryGetValue(node, out double known))
        {
            return known;
        }

        double Arg(int i) => Evaluate(node.Arguments[i], parameters, memo);
        double value = node.Kind switch
        {
            ExprKind.Constant => node.Value,
            ExprKind.Parameter => parameters[node.ParameterIndex],
            ExprKind.True => 1,
            ExprKind.False => 0,
            ExprKind.Add => Fold(node, parameters, memo, 0, (a, b) => a + b),
            ExprKind.Multiply => Fold(node, parameters, memo, 1, (a, b) => a * b),
            ExprKind.Power => Math.Pow(Arg(0), Arg(1)),
            ExprKind.Abs => Math.Abs(Arg(0)),
            ExprKind.Sign => LossMath.Sign(Arg(0)),
            ExprKind.Sqrt => Math.Sqrt(Arg(0)),
            ExprKind.Exp => Math.Exp(Arg(0)),
            ExprKind.Log => Math.Log(Arg(0)),
            ExprKind.Log1p => LossMath.Log1p(Arg(0)),
            ExprKind.Expm1 => LossMath.Expm1(Arg(0)),
            ExprKind.Sigmoid => LossMath.Sigmoid(Arg(0)),
            ExprKind.Softplus => LossMath.Softplus(Arg(0)),
            ExprKind.Tanh => Math.Tanh(Arg(0)),
            ExprKind.Sinh => Math.Sinh(Arg(0)),
            ExprKind.Cosh => Math.Cosh(Arg(0)),
            ExprKind.Max => Math.Max(Arg(0), Arg(1)),
            ExprKind.Min => Math.Min(Arg(0), Arg(1)),
            ExprKind.Less => Truth(Arg(0) < Arg(1)),
            ExprKind.LessOrEqual => Truth(Arg(0) <= Arg(1)),
            ExprKind.Greater => Truth(Arg(0) > Arg(1)),
            ExprKind.GreaterOrEqual => Truth(Arg(0) >= Arg(1)),
            ExprKind.Equal => Truth(Arg(0) == Arg(1)),
            ExprKind.NotEqual => Truth(Arg(0) != Arg(1)),
            ExprKind.And => Truth(Arg(0) != 0 && Arg(1) != 0),
            ExprKind.Or => Truth(Arg(0) != 0 || Arg(1) != 0),
            ExprKind.Not => Truth(Arg(0) == 0),
            ExprKind.Select => Arg(0) != 0 ? Arg(1) : Arg(2),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, null),
        };
        memo[node] = value;
        return value;
    }

    private static double Fold(Expr node, double[] parameters, Dictionary<Expr, double> memo, double seed, Func<double, double, double> combine)
    {
        double result = seed;
        foreach (Expr argument in node.Arguments)
        {
            result = combine(result, Evaluate(argument, parameters, memo));
        }

        return result;
    }

    private static double Truth(bool value) => value ? 1 : 0;
}
