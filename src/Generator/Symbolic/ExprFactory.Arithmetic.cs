using System;
using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

internal sealed partial class ExprFactory
{
    public Expr Add(Expr left, Expr right) => Add([left, right]);

    public Expr Subtract(Expr left, Expr right) => Add([left, Negate(right)]);

    public Expr Negate(Expr operand) => Multiply([Constant(-1), operand]);

    public Expr Multiply(Expr left, Expr right) => Multiply([left, right]);

    public Expr Divide(Expr numerator, Expr denominator) => Multiply([numerator, Power(denominator, Constant(-1))]);

    /// <summary>
    /// A sum in canonical form: nested sums flattened, constants added up, like terms (c1*t + c2*t) collected,
    /// zero terms dropped, and the remaining terms sorted by id.
    /// </summary>
    public Expr Add(IEnumerable<Expr> terms)
    {
        double constant = 0;
        var coefficients = new Dictionary<Expr, double>();

        void Accumulate(Expr term)
        {
            switch (term.Kind)
            {
                case ExprKind.Constant:
                    constant += term.Value;
                    break;
                case ExprKind.Add:
                    foreach (Expr inner in term.Arguments)
                    {
                        Accumulate(inner);
                    }

                    break;
                default:
                    (double coefficient, Expr rest) = SplitCoefficient(term);
                    coefficients[rest] = coefficients.TryGetValue(rest, out double sum) ? sum + coefficient : coefficient;
                    break;
            }
        }

        foreach (Expr term in terms)
        {
            Accumulate(term);
        }

        var result = coefficients
            .Where(pair => pair.Value != 0)
            .OrderBy(pair => pair.Key.Id)
            .Select(pair => Scale(pair.Value, pair.Key))
            .ToList();
        if (constant != 0 || double.IsNaN(constant))
        {
            result.Add(Constant(constant));
        }

        return result.Count switch
        {
            0 => Zero,
            1 => result[0],
            _ => Intern(ExprKind.Add, SortedById(result)),
        };
    }

    /// <summary>
    /// A product in canonical form: nested products flattened, constants multiplied into one leading coefficient,
    /// equal bases merged by adding exponents (x * x = x^2, x / x = 1), and the factors sorted by id.
    /// </summary>
    public Expr Multiply(IEnumerable<Expr> factors)
    {
        double coefficient = 1;
        var exponents = new Dictionary<Expr, double>();

        void Accumulate(Expr factor)
        {
            switch (factor.Kind)
            {
                case ExprKind.Constant:
                    coefficient *= factor.Value;
                    break;
                case ExprKind.Multiply:
                    foreach (Expr inner in factor.Arguments)
                    {
                        Accumulate(inner);
                    }

                    break;
                default:
                    (Expr @base, double exponent) = SplitExponent(factor);
                    exponents[@base] = exponents.TryGetValue(@base, out double sum) ? sum + exponent : exponent;
                    break;
            }
        }

        foreach (Expr factor in factors)
        {
            Accumulate(factor);
        }

        if (coefficient == 0)
        {
            return Zero;
        }

        Expr[] rest = SortedById(exponents
            .Where(pair => pair.Value != 0)
            .Select(pair => Power(pair.Key, Constant(pair.Value))));
        return MultiplyCanonical(coefficient, rest);
    }

    /// <summary>base^exponent, folding constant and trivial exponents and merging nested integer powers.</summary>
    public Expr Power(Expr @base, Expr exponent)
    {
        if (exponent.Kind == ExprKind.Constant)
        {
            double k = exponent.Value;
            if (k == 0)
            {
                return One;
            }

            if (k == 1)
            {
                return @base;
            }

            if (@base.Kind == ExprKind.Constant)
            {
                return Constant(Math.Pow(@base.Value, k));
            }

            // (x^a)^k = x^(a k) and (a b)^k = a^k b^k hold for every real x only when k is an integer.
            if (IsInteger(k) && @base.Kind == ExprKind.Power && @base.Arguments[1].Kind == ExprKind.Constant)
            {
                return Power(@base.Arguments[0], Constant(@base.Arguments[1].Value * k));
            }

            if (IsInteger(k) && @base.Kind == ExprKind.Multiply)
            {
                return Multiply(@base.Arguments.Select(factor => Power(factor, exponent)));
            }
        }

        if (@base.IsConstant(1))
        {
            return One;
        }

        return Intern(ExprKind.Power, [@base, exponent]);
    }

    /// <summary>
    /// A product of exactly these factors, not flattened into its operands' products: how <see cref="ProductSharing"/>
    /// groups factors that many products have in common, so that the group is computed once.
    /// </summary>
    public Expr GroupedProduct(IEnumerable<Expr> factors) => Intern(ExprKind.Multiply, SortedById(factors));

    /// <summary>The same operation on new arguments, as they are: for passes that restructure an expression without changing its value.</summary>
    public Expr WithArguments(Expr node, Expr[] arguments) =>
        Intern(node.Kind, arguments, node.Value, node.ParameterIndex, node.ParameterName);

    /// <summary>c * t as a canonical term; the inverse of <see cref="SplitCoefficient"/>.</summary>
    private Expr Scale(double coefficient, Expr term) =>
        coefficient == 1 ? term : Multiply([Constant(coefficient), term]);

    private Expr MultiplyCanonical(double coefficient, Expr[] factors)
    {
        if (factors.Length == 0)
        {
            return Constant(coefficient);
        }

        if (coefficient == 1)
        {
            return factors.Length == 1 ? factors[0] : Intern(ExprKind.Multiply, factors);
        }

        // The coefficient always leads, whatever its id, so that a term's coefficient is found in one place.
        return Intern(ExprKind.Multiply, [Constant(coefficient), .. factors]);
    }

    /// <summary>Splits a term into its numeric coefficient and the rest: -2*x*y is (-2, x*y).</summary>
    private (double Coefficient, Expr Term) SplitCoefficient(Expr term)
    {
        if (term.Kind != ExprKind.Multiply || term.Arguments[0].Kind != ExprKind.Constant)
        {
            return (1, term);
        }

        Expr[] rest = term.Arguments.Skip(1).ToArray();
        return (term.Arguments[0].Value, MultiplyCanonical(1, rest));
    }

    private static (Expr Base, double Exponent) SplitExponent(Expr factor) =>
        factor.Kind == ExprKind.Power && factor.Arguments[1].Kind == ExprKind.Constant
            ? (factor.Arguments[0], factor.Arguments[1].Value)
            : (factor, 1);

    private static bool IsInteger(double value) => Math.Abs(value) < 1e15 && Math.Floor(value) == value;
}
