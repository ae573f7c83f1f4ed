using System;
using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Evaluates the rational part of the IR at one point: sums, products, integer powers, abs, sign, min, max and
/// conditionals. Other functions, and divisions by zero where the arithmetic has no answer, give null. Used to check
/// candidate rewrites, never to fold code.
/// </summary>
internal abstract class Evaluator<T>(Func<Expr, T> parameterValue)
    where T : struct
{
    private const int LargestIntegerExponent = 64;

    private readonly Dictionary<Expr, T?> _numbers = new();

    public T? Number(Expr node)
    {
        if (!_numbers.TryGetValue(node, out T? value))
        {
            value = Compute(node);
            _numbers.Add(node, value);
        }

        return value;
    }

    protected abstract T? Constant(double value);

    protected abstract T Add(T a, T b);

    protected abstract T Multiply(T a, T b);

    protected abstract T? Reciprocal(T a);

    protected abstract T Abs(T a);

    protected abstract T Sign(T a);

    protected abstract T Max(T a, T b);

    protected abstract T Min(T a, T b);

    /// <summary>A comparison as the generated code makes it.</summary>
    protected abstract bool Compare(ExprKind kind, T a, T b);

    private T? Compute(Expr node)
    {
        IReadOnlyList<Expr> args = node.Arguments;
        switch (node.Kind)
        {
            case ExprKind.Constant:
                return Constant(node.Value);
            case ExprKind.Parameter:
                return parameterValue(node);
            case ExprKind.Add or ExprKind.Multiply:
                T? total = Number(args[0]);
                for (int i = 1; i < args.Count && total is not null; i++)
                {
                    total = Number(args[i]) is T next ? (node.Kind == ExprKind.Add ? Add(total.Value, next) : Multiply(total.Value, next)) : null;
                }

                return total;
            case ExprKind.Power:
                return Number(args[0]) is T @base && args[1] is { Kind: ExprKind.Constant, Value: var k } && IsSmallInteger(k) ? Power(@base, (int)k) : null;
            case ExprKind.Abs:
                return Number(args[0]) is T a ? Abs(a) : null;
            case ExprKind.Sign:
                return Number(args[0]) is T s ? Sign(s) : null;
            case ExprKind.Max or ExprKind.Min:
                return Number(args[0]) is T left && Number(args[1]) is T right ? (node.Kind == ExprKind.Max ? Max(left, right) : Min(left, right)) : null;
            case ExprKind.Select:
                return Condition(args[0]) is bool holds ? Number(holds ? args[1] : args[2]) : null;
            default:
                return null;
        }
    }

    private bool? Condition(Expr node)
    {
        IReadOnlyList<Expr> args = node.Arguments;
        switch (node.Kind)
        {
            case ExprKind.True or ExprKind.False:
                return node.Kind == ExprKind.True;
            case ExprKind.Not:
                return !Condition(args[0]);
            case ExprKind.And or ExprKind.Or:
                return Condition(args[0]) is bool a && Condition(args[1]) is bool b ? (node.Kind == ExprKind.And ? a && b : a || b) : null;
            case var kind when kind.IsComparison():
                return Number(args[0]) is T left && Number(args[1]) is T right ? Compare(kind, left, right) : null;
            default:
                return null;
        }
    }

    private static bool IsSmallInteger(double k) => Math.Abs(k) <= LargestIntegerExponent && k == Math.Floor(k);

    private T? Power(T @base, int exponent)
    {
        if (exponent == 0)
        {
            return Constant(1);
        }

        T result = @base;
        for (int i = 1; i < Math.Abs(exponent); i++)
        {
            result = Multiply(result, @base);
        }

        return exponent < 0 ? Reciprocal(result) : result;
    }
}
