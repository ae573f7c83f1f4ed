using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Rewrites a polynomial as nested products in one of its atoms: <c>c x - c^2 / 2</c> becomes <c>c (x - c / 2)</c>.
/// The factory keeps products of sums as written, so a form built from pieces (<c>c^2/2 + c (x - c)</c>) can carry
/// more operations than it needs; distributing it, letting like terms cancel and nesting it again removes them.
/// </summary>
internal static class HornerForm
{
    // Beyond this many terms the distributed form is not worth building.
    private const int MaximumTerms = 64;

    /// <summary>The nested form in <paramref name="atom"/>; null when the expression expands into too many terms.</summary>
    public static Expr? In(ExprFactory factory, Expr expression, Expr atom)
    {
        if (Distribute(factory, expression) is not { } expanded)
        {
            return null;
        }

        var coefficients = new SortedDictionary<int, List<Expr>>();
        foreach (Expr term in Terms(expanded))
        {
            (int power, Expr rest) = SplitPower(factory, term, atom);
            if (!coefficients.TryGetValue(power, out List<Expr>? list))
            {
                coefficients.Add(power, list = []);
            }

            list.Add(rest);
        }

        if (coefficients.Keys.Any(k => k < 0))
        {
            return null;
        }

        int highest = coefficients.Keys.Max();
        Expr result = factory.Zero;
        for (int power = highest; power >= 0; power--)
        {
            Expr coefficient = coefficients.TryGetValue(power, out List<Expr>? terms) ? factory.Add(terms) : factory.Zero;
            result = factory.Add(coefficient, power == highest ? factory.Zero : factory.Multiply(atom, result));
        }

        return result;
    }

    private static IReadOnlyList<Expr> Terms(Expr sum) => sum.Kind == ExprKind.Add ? sum.Arguments : [sum];

    private static Expr? Distribute(ExprFactory factory, Expr node)
    {
        switch (node.Kind)
        {
            case ExprKind.Add:
                var terms = new List<Expr>();
                foreach (Expr term in node.Arguments)
                {
                    if (Distribute(factory, term) is not { } distributed)
                    {
                        return null;
                    }

                    terms.AddRange(Terms(distributed));
                }

                return terms.Count > MaximumTerms ? null : factory.Add(terms);
            case ExprKind.Multiply:
                Expr? product = factory.One;
                foreach (Expr factor in node.Arguments)
                {
                    product = product is null || Distribute(factory, factor) is not { } distributed ? null : Product(factory, product, distributed);
                }

                return product;
            case ExprKind.Power when node.Arguments[1] is { Kind: ExprKind.Constant, Value: var k } && k is >= 2 and <= 4 && k == System.Math.Floor(k) && node.Arguments[0].Kind == ExprKind.Add:
                if (Distribute(factory, node.Arguments[0]) is not { } @base)
                {
                    return null;
                }

                Expr? power = @base;
                for (int i = 1; i < (int)k && power is not null; i++)
                {
                    power = Product(factory, power, @base);
                }

                return power;
            default:
                return node;
        }
    }

    // (a + b)(c + d) = ac + ad + bc + bd.
    private static Expr? Product(ExprFactory factory, Expr left, Expr right)
    {
        IReadOnlyList<Expr> a = Terms(left), b = Terms(right);
        return a.Count * b.Count > MaximumTerms ? null : factory.Add(a.SelectMany(x => b.Select(y => factory.Multiply(x, y))));
    }

    // c^2 * x * 3 is (2, 3 * x).
    private static (int Power, Expr Coefficient) SplitPower(ExprFactory factory, Expr term, Expr atom)
    {
        IReadOnlyList<Expr> factors = term.Kind == ExprKind.Multiply ? term.Arguments : [term];
        int power = 0;
        var rest = new List<Expr>();
        foreach (Expr factor in factors)
        {
            if (ReferenceEquals(factor, atom))
            {
                power++;
            }
            else if (factor.Kind == ExprKind.Power && ReferenceEquals(factor.Arguments[0], atom) && factor.Arguments[1] is { Kind: ExprKind.Constant, Value: var k } && k == System.Math.Floor(k))
            {
                power += (int)k;
            }
            else
            {
                rest.Add(factor);
            }
        }

        return (power, factory.Multiply(rest));
    }
}
