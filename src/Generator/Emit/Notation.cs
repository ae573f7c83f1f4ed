using System;
using System.Globalization;
using LossGen.Generator.Model;
using LossGen.Generator.Symbolic;
using Microsoft.CodeAnalysis.CSharp;

namespace LossGen.Generator.Emit;

/// <summary>How an expression is spelled: as C# in the generated code, or as formula text in its doc comments.</summary>
internal abstract class Notation
{
    public static Notation CSharp(ScalarType type) => type == ScalarType.Float ? CSharpNotation.Float : CSharpNotation.Double;

    public static Notation Formula { get; } = new FormulaNotation();

    /// <summary>Vector code of one width (512, 256 or 128 bits) inside a generated batch kernel, where System.Runtime.Intrinsics and LossGen.Vectors are imported.</summary>
    public static Notation Vector(int width, ScalarType type) => new VectorNotation(width, type);

    public abstract string Literal(double value);

    public abstract string Function(ExprKind kind);

    /// <summary>x^k for an exponent that is not a small integer or one half; each operand comes with its precedence.</summary>
    public abstract string GeneralPower(string @base, Precedence basePrecedence, string exponent, Precedence exponentPrecedence, out Precedence precedence);

    /// <summary>The spelling of x^k for k = 2, 3, 4: repeated multiplication in C#, x^k in formulas.</summary>
    public abstract string SmallPower(string @base, int exponent, out Precedence precedence);

    public virtual string Identifier(string name) => name;

    /// <summary>
    /// A cheaper min or max that is exact except that it returns its second operand when either is NaN (and may return
    /// either zero for -0 and +0); null when the notation has none.
    /// </summary>
    public virtual string? NativeFunction(ExprKind kind) => null;

    /// <summary>log(1 + x) for an x known to lie in [0, 1] or be NaN, cheaper than the general one; null when the notation has none.</summary>
    public virtual string? Log1pOnUnitInterval => null;

    /// <summary>
    /// A function <c>f(a, b, c)</c> that computes a * b + c with one rounding where the hardware has fused multiply-add
    /// and with two where it has not; null when the notation has none.
    /// </summary>
    public virtual string? MultiplyAdd => null;

    /// <summary>
    /// The function that computes a comparison or a conditional, for notations without operators for them (vectors:
    /// <c>Vector512.LessThan</c>, <c>Vector512.ConditionalSelect</c>); null to write <c>a &lt; b</c> and <c>c ? a : b</c>.
    /// </summary>
    public virtual string? ConditionFunction(ExprKind kind) => null;

    /// <summary>The operators that combine conditions: <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, or bitwise ones for vector masks.</summary>
    public virtual (string And, string Or, string Not) LogicalOperators => ("&&", "||", "!");

    public virtual string Boolean(bool value) => value ? "true" : "false";

    /// <summary>
    /// Whether x * 0.5 is better written x / 2. True for scalar code, where it reads as the formula and the JIT turns an
    /// exact reciprocal into a multiplication anyway; false for vector code, where a division costs many cycles.
    /// </summary>
    public virtual bool DividesByPowersOfTwo => true;

    private sealed class CSharpNotation(string type, string math, string suffix) : Notation
    {
        public static readonly CSharpNotation Double = new("double", "global::System.Math", "");
        public static readonly CSharpNotation Float = new("float", "global::System.MathF", "f");

        public override string Literal(double value)
        {
            if (double.IsNaN(value))
            {
                return $"{type}.NaN";
            }

            if (double.IsInfinity(value))
            {
                return value > 0 ? $"{type}.PositiveInfinity" : $"{type}.NegativeInfinity";
            }

            if (value == Math.PI || (type == "float" && (float)value == (float)Math.PI))
            {
                return $"{math}.PI";
            }

            string digits = type == "float"
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);

            // "2" would be an int literal: harmless in arithmetic, but it reads as integer division waiting to happen.
            bool integral = digits.IndexOfAny(['.', 'E']) < 0;
            return type == "float" ? digits + suffix : integral ? digits + ".0" : digits;
        }

        public override string Function(ExprKind kind) => kind switch
        {
            ExprKind.Abs => $"{math}.Abs",
            ExprKind.Sqrt => $"{math}.Sqrt",
            ExprKind.Exp => $"{math}.Exp",
            ExprKind.Log => $"{math}.Log",
            ExprKind.Tanh => $"{math}.Tanh",
            ExprKind.Sinh => $"{math}.Sinh",
            ExprKind.Cosh => $"{math}.Cosh",
            ExprKind.Max => $"{math}.Max",
            ExprKind.Min => $"{math}.Min",
            ExprKind.Sign => "global::LossGen.LossMath.Sign",
            ExprKind.Log1p => "global::LossGen.LossMath.Log1p",
            ExprKind.Expm1 => "global::LossGen.LossMath.Expm1",
            ExprKind.Sigmoid => "global::LossGen.LossMath.Sigmoid",
            ExprKind.Softplus => "global::LossGen.LossMath.Softplus",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a function"),
        };

        public override string GeneralPower(string @base, Precedence basePrecedence, string exponent, Precedence exponentPrecedence, out Precedence precedence)
        {
            precedence = Precedence.Primary;
            return $"{math}.Pow({@base}, {exponent})";
        }

        public override string SmallPower(string @base, int exponent, out Precedence precedence)
        {
            precedence = Precedence.Multiplicative;
            return string.Join(" * ", System.Linq.Enumerable.Repeat(@base, exponent));
        }

        public override string Identifier(string name) =>
SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    private sealed class FormulaNotation : Notation
    {
        public override string Literal(double value) =>
            value == Math.PI ? "pi" : value.ToString("R", CultureInfo.InvariantCulture);

        public override string Function(ExprKind kind) => kind.ToString().ToLowerInvariant();

        public override string GeneralPower(string @base, Precedence basePrecedence, string exponent, Precedence exponentPrecedence, out Precedence precedence)
        {
            // ^ is right-associative and takes a unary operand on its right: a^b^c and a^-b need no parentheses.
            precedence = Precedence.Power;
            string left = basePrecedence > Precedence.Power ? @base : $"({@base})";
            string right = exponentPrecedence >= Precedence.Unary ? exponent : $"({exponent})";
            return $"{left}^{right}";
        }

        public override string SmallPower(string @base, int exponent, out Precedence precedence) =>
            GeneralPower(@base, Precedence.Primary, exponent.ToString(CultureInfo.InvariantCulture), Precedence.Primary, out precedence);
    }

    private sealed class VectorNotation(int width, ScalarType type) : Notation
    {
        private readonly Notation _scalar = CSharp(type);
        private readonly string _vector = $"Vector{width}";
        private readonly string _element = type == ScalarType.Float ? "float" : "double";

        public override string Literal(double value) => $"{_vector}.Create({_scalar.Literal(value)})";

        public override string Function(ExprKind kind) => kind switch
        {
            ExprKind.Abs or ExprKind.Sqrt or ExprKind.Max or ExprKind.Min => $"{_vector}.{kind}",
            _ => $"VectorMath.{kind}",
        };

        public override string? NativeFunction(ExprKind kind) => kind is ExprKind.Max or ExprKind.Min ? $"{_vector}.{kind}Native" : null;

        public override string MultiplyAdd => $"{_vector}.MultiplyAddEstimate";

        public override string Log1pOnUnitInterval => "VectorMath.Log1pOnUnitInterval";

        public override string GeneralPower(string @base, Precedence basePrecedence, string exponent, Precedence exponentPrecedence, out Precedence precedence)
        {
            precedence = Precedence.Primary;
            return $"VectorMath.Pow({@base}, {exponent})";
        }

        public override string SmallPower(string @base, int exponent, out Precedence precedence) =>
            _scalar.SmallPower(@base, exponent, out precedence);

        public override string Identifier(string name) => _scalar.Identifier(name);

        public override string? ConditionFunction(ExprKind kind) => kind switch
        {
            ExprKind.Less => $"{_vector}.LessThan",
            ExprKind.LessOrEqual => $"{_vector}.LessThanOrEqual",
            ExprKind.Greater => $"{_vector}.GreaterThan",
            ExprKind.GreaterOrEqual => $"{_vector}.GreaterThanOrEqual",
            ExprKind.Equal => $"{_vector}.Equals",
            ExprKind.NotEqual => $"~{_vector}.Equals",
            ExprKind.Select => $"{_vector}.ConditionalSelect",
            _ => null,
        };

        public override (string And, string Or, string Not) LogicalOperators => ("&", "|", "~");

        public override bool DividesByPowersOfTwo => false;

        public override string Boolean(bool value) => value ? $"{_vector}<{_element}>.AllBitsSet" : $"{_vector}<{_element}>.Zero";
    }
}
