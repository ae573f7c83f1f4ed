using System.Collections.Generic;
using LossGen.Generator.Emit;
using LossGen.Generator.Model;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests;

/// <summary>When a kernel may call the cheaper log1p for arguments in [0, 1], and when it must keep the general one.</summary>
public class Log1pOnUnitIntervalTests
{
    private readonly ExprFactory _f = new();
    private readonly Expr _x;

    public Log1pOnUnitIntervalTests()
    {
        _x = _f.Parameter(0, "x");
    }

    private static string Write(Expr node) =>
        new ExpressionWriter(Notation.Vector(512, ScalarType.Float), _ => null, new ParameterDomains(new Dictionary<int, double?>())).Write(node);

    private Expr Log1p(Expr argument) => _f.Function(ExprKind.Log1p, argument);

    private Expr Exp(Expr argument) => _f.Function(ExprKind.Exp, argument);

    private Expr Abs(Expr argument) => _f.Function(ExprKind.Abs, argument);

    [Fact]
    public void The_exponential_of_a_negated_magnitude_lies_in_the_unit_interval()
    {
        Assert.Equal("VectorMath.Log1pOnUnitInterval(VectorMath.Exp(-Vector512.Abs(x)))", Write(Log1p(Exp(_f.Negate(Abs(_x))))));
        Assert.Equal(
            "VectorMath.Log1pOnUnitInterval(VectorMath.Exp(-Vector512.Create(2f) * Vector512.Abs(x)))",
            Write(Log1p(Exp(_f.Multiply(_f.Constant(-2), Abs(_x))))));
    }

    [Fact]
    public void Anything_else_keeps_the_general_log1p()
    {
        Assert.Equal("VectorMath.Log1p(VectorMath.Exp(x))", Write(Log1p(Exp(_x))));
        Assert.Equal("VectorMath.Log1p(VectorMath.Exp(Vector512.Abs(x)))", Write(Log1p(Exp(Abs(_x)))));
        Assert.Equal("VectorMath.Log1p(x)", Write(Log1p(_x)));
        Assert.Equal("VectorMath.Log1p(VectorMath.Exp(-x))", Write(Log1p(Exp(_f.Negate(_x)))));
    }

    [Fact]
    public void Scalar_code_keeps_the_general_log1p()
    {
        Expr node = Log1p(Exp(_f.Negate(Abs(_x))));

        Assert.Equal(
            "global::LossGen.LossMath.Log1p(global::System.MathF.Exp(-global::System.MathF.Abs(x)))",
            new ExpressionWriter(Notation.CSharp(ScalarType.Float), _ => null, new ParameterDomains(new Dictionary<int, double?>())).Write(node));
    }
}
