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

    public abstract string Literal(double value);

    public abstract string Function(ExprKind kind);

    /// <summary>x^k for an exponent that is not a small integer or one half; each operand comes with its precedence.</summary>
    public abstract string GeneralPower(string @base, Precedence basePrecedence, string exponent, Precedence exponentPrecedence, out Precedence precedence);

    /// <summary>The spelling of x^k for k = 2, 3, 4: repeated multiplication in C#, x^k in formulas.</summary>
    public abstract string SmallPower(string @base, int exponent, out Precedence precedence);

    public virtual string Identifier(string name) => name;

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
}
