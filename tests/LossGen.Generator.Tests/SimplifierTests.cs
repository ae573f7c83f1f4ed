using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests;

public class SimplifierTests
{
    private readonly ExprFactory _f = new();
    private readonly Expr _x;
    private readonly Expr _y;

    public SimplifierTests()
    {
        _x = _f.Parameter(0, "x");
        _y = _f.Parameter(1, "y");
    }

    [Fact]
    public void Interns_structurally_equal_nodes_as_one_object()
    {
        Assert.Same(_f.Add(_x, _y), _f.Add(_y, _x));
        Assert.Same(_f.Multiply(_x, _y), _f.Multiply(_y, _x));
        Assert.Same(_f.Function(ExprKind.Exp, _f.Add(_x, _y)), _f.Function(ExprKind.Exp, _f.Add(_y, _x)));
        Assert.Same(_f.Constant(-0.0), _f.Zero);
    }

    [Fact]
    public void Collects_like_terms_and_cancels()
    {
        Assert.Same(_f.Zero, _f.Subtract(_x, _x));
        Assert.Same(_f.Multiply(_f.Constant(5), _x), _f.Add(_f.Multiply(_f.Constant(2), _x), _f.Multiply(_f.Constant(3), _x)));
        Assert.Same(_y, _f.Add([_x, _y, _f.Negate(_x)]));
        Assert.Same(_x, _f.Add(_x, _f.Zero));
        Assert.Same(_f.Constant(5), _f.Add(_f.Constant(2), _f.Constant(3)));
    }

    [Fact]
    public void Merges_powers_of_equal_bases_and_folds_trivial_factors()
    {
        Assert.Same(_f.Power(_x, _f.Constant(2)), _f.Multiply(_x, _x));
        Assert.Same(_f.One, _f.Divide(_x, _x));
        Assert.Same(_x, _f.Multiply(_x, _f.One));
        Assert.Same(_f.Zero, _f.Multiply(_f.Function(ExprKind.Exp, _x), _f.Zero));
        Assert.Same(_f.Power(_x, _f.Constant(6)), _f.Power(_f.Power(_x, _f.Constant(2)), _f.Constant(3)));
        Assert.Same(_f.Constant(1024), _f.Power(_f.Constant(2), _f.Constant(10)));
        Assert.Same(_f.One, _f.Power(_x, _f.Zero));
        Assert.Same(_x, _f.Power(_x, _f.One));
    }

    [Fact]
    public void Keeps_non_integer_powers_of_powers_apart()
    {
        // (x^2)^0.5 is |x|, not x: only integer exponents may be merged.
        Expr squared = _f.Power(_x, _f.Constant(2));
        Expr root = _f.Power(squared, _f.Constant(0.5));

        Assert.Equal(ExprKind.Power, root.Kind);
        Assert.Same(squared, root.Arguments[0]);
    }

    [Fact]
    public void Pulls_constant_factors_out_of_abs_and_sign()
    {
        Expr minusTwoX = _f.Multiply(_f.Constant(-2), _x);

        Assert.Same(_f.Multiply(_f.Constant(2), _f.Function(ExprKind.Abs, _x)), _f.Function(ExprKind.Abs, minusTwoX));
        Assert.Same(_f.Negate(_f.Function(ExprKind.Sign, _x)), _f.Function(ExprKind.Sign, minusTwoX));
        Assert.Same(_f.Function(ExprKind.Abs, _x), _f.Function(ExprKind.Abs, _f.Function(ExprKind.Abs, _x)));
    }

    [Fact]
    public void Folds_constant_functions_and_comparisons()
    {
        Assert.Same(_f.Constant(3), _f.Function(ExprKind.Abs, _f.Constant(-3)));
        Assert.Same(_f.Constant(-1), _f.Function(ExprKind.Sign, _f.Constant(-0.5)));
        Assert.Same(_f.One, _f.Function(ExprKind.Exp, _f.Zero));
        Assert.Same(_f.Constant(2), _f.Max(_f.Constant(2), _f.Constant(-1)));
        Assert.Same(_f.True, _f.Compare(ExprKind.LessOrEqual, _f.One, _f.One));
        Assert.Same(_f.False, _f.Compare(ExprKind.Less, _f.Constant(double.NaN), _f.One));
        Assert.Same(_x, _f.Function(ExprKind.Log, _f.Function(ExprKind.Exp, _x)));
    }

    [Fact]
    public void Simplifies_selects_and_logic()
    {
        Expr condition = _f.Compare(ExprKind.Less, _x, _y);

        Assert.Same(_x, _f.Select(condition, _x, _x));
        Assert.Same(_x, _f.Select(_f.True, _x, _y));
        Assert.Same(_y, _f.Select(_f.False, _x, _y));
        Assert.Same(_f.Select(condition, _y, _x), _f.Select(_f.Not(condition), _x, _y));
        Assert.Same(condition, _f.Not(_f.Not(condition)));
        Assert.Same(condition, _f.And(_f.True, condition));
        Assert.Same(_f.False, _f.And(condition, _f.False));
        Assert.Same(_f.True, _f.Or(condition, _f.True));
    }

    [Fact]
    public void Refuses_to_grow_past_the_operation_limit()
    {
        var f = new ExprFactory();

        Assert.Throws<ExpressionTooComplexException>(() =>
        {
            for (int i = 0; i <= ExprFactory.MaxOperations; i++)
            {
                f.Constant(i);
            }
        });
    }

    [Fact]
    public void Refuses_to_nest_past_the_depth_limit()
    {
        var f = new ExprFactory();
        Expr nested = f.Parameter(0, "x");

        var error = Assert.Throws<ExpressionTooComplexException>(() =>
        {
            for (int i = 0; i <= ExprFactory.MaxDepth; i++)
            {
                nested = f.Function(ExprKind.Exp, nested);
            }
        });
        Assert.Contains("deeply nested", error.Message);
    }
}
