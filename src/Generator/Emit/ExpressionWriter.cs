using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Emit;

/// <summary>
/// Writes an IR expression as text in a <see cref="Notation"/>, with the fewest parentheses that keep its meaning.
/// Nodes that have a name (parameters, temporaries) are written as that name; everything else is written inline.
/// </summary>
/// <param name="notation">The spelling.</param>
/// <param name="nameOf">The name of a node that has one.</param>
/// <param name="domains">
/// What the values are known to be, so that min and max of an operand that is never NaN may use the notation's native
/// forms, and log1p of a number in [0, 1] its narrower one; null where nothing is known (scalar code).
/// </param>
/// <param name="fuseMultiplyAdd">
/// Whether a product added to something is written with the notation's multiply-add: for results that only go into a
/// sum, whose rounding may differ from the scalar code's.
/// </param>
internal sealed class ExpressionWriter(Notation notation, Func<Expr, string?> nameOf, ParameterDomains? domains = null, bool fuseMultiplyAdd = false)
{
    public string Write(Expr node) => Write(node, out _);

    /// <summary><paramref name="accumulator"/> + node, as one multiply-add when the node is a product and the writer fuses.</summary>
    public string WriteAccumulation(Expr node, string accumulator) =>
        Fusable(node) is { } product ? MultiplyAdd(product, accumulator) : $"{accumulator} + {Operand(node, Precedence.Additive + 1)}";

    /// <summary>Writes what a named node computes (the right-hand side of its definition), rather than its name.</summary>
    public string WriteDefinition(Expr node) => Write(node, out _, useName: false);

    private string Write(Expr node, out Precedence precedence, bool useName = true)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (useName && nameOf(node) is { } name)
        {
            precedence = Precedence.Primary;
            return notation.Identifier(name);
        }

        IReadOnlyList<Expr> args = node.Arguments;
        switch (node.Kind)
        {
            case ExprKind.Parameter:
                precedence = Precedence.Primary;
                return notation.Identifier(node.ParameterName!);
            case ExprKind.Constant:
                string literal = notation.Literal(node.Value);
                precedence = literal.StartsWith("-", StringComparison.Ordinal) ? Precedence.Unary : Precedence.Primary;
                return literal;
            case ExprKind.True or ExprKind.False:
                precedence = Precedence.Primary;
                return notation.Boolean(node.Kind == ExprKind.True);
            case ExprKind.Add:
                return Sum(args, out precedence);
            case ExprKind.Multiply:
                return args[0].Kind == ExprKind.Constant
                    ? Product(args[0].Value, args.Skip(1), out precedence)
                    : Product(1, args, out precedence);
            case ExprKind.Power when args[1] is { Kind: ExprKind.Constant, Value: < 0 } exponent:
                precedence = Precedence.Multiplicative;
                return $"{notation.Literal(1)} / {Parenthesize(PowerText(args[0], -exponent.Value, out Precedence p), p, Precedence.Unary)}";
            case ExprKind.Power:
                return PowerText(args[0], args[1], out precedence);
            case ExprKind.Max or ExprKind.Min when NativeMinMax(node) is { } native:
                precedence = Precedence.Primary;
                return native;
            case ExprKind.Log1p when domains?.IsInUnitIntervalOrNaN(args[0]) == true && notation.Log1pOnUnitInterval is { } narrow:
                precedence = Precedence.Primary;
                return $"{narrow}({Write(args[0])})";
            case ExprKind.Max or ExprKind.Min or (>= ExprKind.Abs and <= ExprKind.Cosh):
                precedence = Precedence.Primary;
                return $"{notation.Function(node.Kind)}({string.Join(", ", args.Select(a => Write(a)))})";
            case ExprKind.Not:
                precedence = Precedence.Unary;
                return notation.LogicalOperators.Not + Operand(args[0], Precedence.Unary);
            case ExprKind.And:
                return Binary(notation.LogicalOperators.And, Precedence.And, args, out precedence);
            case ExprKind.Or:
                return Binary(notation.LogicalOperators.Or, Precedence.Or, args, out precedence);
            case var kind when notation.ConditionFunction(kind) is { } function:
                precedence = function.StartsWith("~", StringComparison.Ordinal) ? Precedence.Unary : Precedence.Primary;
                return $"{function}({string.Join(", ", args.Select(a => Write(a)))})";
            case ExprKind.Select:
                precedence = Precedence.Conditional;
                return $"{Operand(args[0], Precedence.Or)} ? {Operand(args[1], Precedence.Or)} : {Operand(args[2], Precedence.Conditional)}";
            default:
                return Binary(ComparisonOperator(node.Kind), Precedence.Comparison, args, out precedence);
        }
    }

    // The native instruction returns its second operand when either is NaN: with the never-NaN operand first, NaN
    // propagates as IEEE min and max make it.
    private string? NativeMinMax(Expr node)
    {
        if (domains is null || notation.NativeFunction(node.Kind) is not { } function)
        {
            return null;
        }

        Expr left = node.Arguments[0], right = node.Arguments[1];
        return domains.IsNeverNaN(left) ? $"{function}({Write(left)}, {Write(right)})"
            : domains.IsNeverNaN(right) ? $"{function}({Write(right)}, {Write(left)})"
            : null;
    }

    private string Binary(string op, Precedence level, IReadOnlyList<Expr> args, out Precedence precedence)
    {
        precedence = level;
        return $"{Operand(args[0], level)} {op} {Operand(args[1], level + 1)}";
    }

    // Positive terms first, so y - p rather than -p + y; each negative term is written as a subtraction.
    private string Sum(IReadOnlyList<Expr> terms, out Precedence precedence)
    {
        // A term with a name of its own is added as that name, whatever its sign inside.
        double SignedCoefficient(Expr term) => nameOf(term) is null ? Coefficient(term) : 1;
        var ordered = terms.OrderBy(t => SignedCoefficient(t) < 0 ? 1 : 0).ThenBy(t => t.Id).ToList();
        int fused = ordered.Count > 1 ? ordered.FindLastIndex(t => Fusable(t) is not null) : -1;
        if (fused >= 0)
        {
            FusableProduct product = Fusable(ordered[fused])!;
            ordered.RemoveAt(fused);
            precedence = Precedence.Primary;
            bool positiveTerm = ordered.Count == 1 && SignedCoefficient(ordered[0]) > 0;
            return MultiplyAdd(product, positiveTerm ? Write(ordered[0]) : Sum(ordered, out _));
        }

        precedence = Precedence.Additive;
        var text = new System.Text.StringBuilder();
        foreach (Expr term in ordered)
        {
            double coefficient = SignedCoefficient(term);
            bool negative = coefficient < 0;
            if (text.Length > 0)
            {
                text.Append(negative ? " - " : " + ");
            }
            else if (negative)
            {
                text.Append('-');
            }

            string magnitude = term.Kind switch
            {
                ExprKind.Constant => notation.Literal(Math.Abs(term.Value)),
                ExprKind.Multiply when negative => Product(-coefficient, term.Arguments.Skip(1), out _),
                _ => Operand(term, Precedence.Multiplicative),
            };
            text.Append(magnitude);
        }

        return text.ToString();
    }

    /// <summary>
    /// How a product splits for the notation's multiply-add: 0.5 * a * b is f(0.5 * a, b, addend), and a^2 is
    /// f(a, a, addend). Null when the writer does not fuse, the node is not a product of its own, it has no
    /// multiplication to fuse (-a), or it divides (a / b, which a reciprocal times a would round twice).
    /// </summary>
    private FusableProduct? Fusable(Expr node)
    {
        if (!fuseMultiplyAdd || notation.MultiplyAdd is null || nameOf(node) is not null)
        {
            return null;
        }

        if (node.Kind == ExprKind.Power && node.Arguments[1] is { Kind: ExprKind.Constant, Value: 2 })
        {
            return new FusableProduct(1, [node.Arguments[0]], node.Arguments[0]);
        }

        if (node.Kind != ExprKind.Multiply)
        {
            return null;
        }

        var factors = node.Arguments.Where(a => a.Kind != ExprKind.Constant).ToList();
        double coefficient = Coefficient(node);
        if (factors.Any(IsDivision) || (factors.Count == 1 && Math.Abs(coefficient) == 1))
        {
            return null;
        }

        Expr last = factors[factors.Count - 1];
        factors.RemoveAt(factors.Count - 1);
        return new FusableProduct(coefficient, factors, last);
    }

    private string MultiplyAdd(FusableProduct product, string addend)
    {
        string left = product.Factors.Count == 0 ? notation.Literal(product.Coefficient) : Product(product.Coefficient, product.Factors, out _);
        return $"{notation.MultiplyAdd}({left}, {Write(product.Last)}, {addend})";
    }

    private bool IsDivision(Expr factor) =>
        factor.Kind == ExprKind.Power && nameOf(factor) is null && factor.Arguments[1] is { Kind: ExprKind.Constant, Value: < 0 };

    private sealed record FusableProduct(double Coefficient, List<Expr> Factors, Expr Last);

    /// <summary>
    /// coefficient * factors, with negative powers as a denominator: 2 * a * b^-1 * c^-2 is "2 * a / (b * c * c)", and a
    /// coefficient 1/k for an integer k becomes a division by k, so r * r / 2 stays as the user wrote it.
    /// </summary>
    private string Product(double coefficient, IEnumerable<Expr> factors, out Precedence precedence)
    {
        var numerator = new List<(string Text, Precedence Precedence)>();
        var denominator = new List<string>();
        double magnitude = Math.Abs(coefficient);
        double reciprocal = 1 / magnitude;
        bool powerOfTwo = (BitConverter.DoubleToInt64Bits(reciprocal) & 0xFFFFFFFFFFFFFL) == 0;
        if (magnitude < 1 && reciprocal == Math.Floor(reciprocal) && reciprocal <= 1e6 && 1 / reciprocal == magnitude
            && (notation.DividesByPowersOfTwo || !powerOfTwo))
        {
            denominator.Add(notation.Literal(reciprocal));
        }
        else if (magnitude != 1)
        {
            numerator.Add((notation.Literal(magnitude), Precedence.Primary));
        }

        foreach (Expr factor in factors)
        {
            bool power = factor.Kind == ExprKind.Power && nameOf(factor) is null;
            if (power && factor.Arguments[1] is { Kind: ExprKind.Constant, Value: < 0 } exponent)
            {
                string text = PowerText(factor.Arguments[0], -exponent.Value, out Precedence p);
                denominator.Add(Parenthesize(text, p, Precedence.Unary));
            }
            else
            {
                string text = power ? PowerText(factor.Arguments[0], factor.Arguments[1], out Precedence p) : Write(factor, out p);
                numerator.Add((Parenthesize(text, p, Precedence.Multiplicative), p < Precedence.Multiplicative ? Precedence.Primary : p));
            }
        }

        string result = numerator.Count == 0 ? notation.Literal(1) : string.Join(" * ", numerator.Select(n => n.Text));
        precedence = numerator.Count == 1 ? numerator[0].Precedence : Precedence.Multiplicative;
        if (denominator.Count > 0)
        {
            result += " / " + (denominator.Count == 1 ? denominator[0] : $"({string.Join(" * ", denominator)})");
            precedence = Precedence.Multiplicative;
        }

        if (coefficient < 0)
        {
            // Unary minus binds tighter than *, and -(a * b) == (-a) * b exactly, so no parentheses are needed.
            result = "-" + result;
            precedence = precedence >= Precedence.Unary ? Precedence.Unary : Precedence.Multiplicative;
        }

        return result;
    }

    private string PowerText(Expr @base, Expr exponent, out Precedence precedence) =>
        exponent.Kind == ExprKind.Constant
            ? PowerText(@base, exponent.Value, out precedence)
            : notation.GeneralPower(Write(@base, out Precedence basePrecedence), basePrecedence, Write(exponent, out Precedence exponentPrecedence), exponentPrecedence, out precedence);

    private string PowerText(Expr @base, double exponent, out Precedence precedence)
    {
        if (exponent == 1)
        {
            return Write(@base, out precedence);
        }

        if (exponent == 0.5)
        {
            precedence = Precedence.Primary;
            return $"{notation.Function(ExprKind.Sqrt)}({Write(@base)})";
        }

        string text = Write(@base, out Precedence basePrecedence);
        return exponent is 2 or 3 or 4
            ? notation.SmallPower(Parenthesize(text, basePrecedence, Precedence.Primary), (int)exponent, out precedence)
            : notation.GeneralPower(text, basePrecedence, notation.Literal(exponent), Precedence.Primary, out precedence);
    }

    private string Operand(Expr node, Precedence required)
    {
        string text = Write(node, out Precedence actual);
        return Parenthesize(text, actual, required);
    }

    private static string Parenthesize(string text, Precedence actual, Precedence required) => actual >= required ? text : $"({text})";

    private static double Coefficient(Expr term) => term.Kind switch
    {
        ExprKind.Constant => term.Value,
        ExprKind.Multiply when term.Arguments[0].Kind == ExprKind.Constant => term.Arguments[0].Value,
        _ => 1,
    };

    private static string ComparisonOperator(ExprKind kind) => kind switch
    {
        ExprKind.Less => "<",
        ExprKind.LessOrEqual => "<=",
        ExprKind.Greater => ">",
        ExprKind.GreaterOrEqual => ">=",
        ExprKind.Equal => "==",
        ExprKind.NotEqual => "!=",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a comparison"),
    };
}
