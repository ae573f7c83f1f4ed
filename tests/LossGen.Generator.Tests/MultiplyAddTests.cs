using LossGen.Generator.Emit;
using LossGen.Generator.Model;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests;

/// <summary>Which products a kernel's sum writes as one multiply-add, and which it must leave as they are.</summary>
public class MultiplyAddTests
{
    private readonly ExprFactory _f = new();
    private readonly Expr _a;
    private readonly Expr _b;
    private readonly Expr _c;

    public MultiplyAddTests()
    {
        _a = _f.Parameter(0, "a");
        _b = _f.Parameter(1, "b");
        _c = _f.Parameter(2, "c");
    }

    private static string Accumulate(Expr value, bool fuse = true, string? named = null, Expr? namedNode = null) =>
        new ExpressionWriter(Notation.Vector(512, ScalarType.Float), node => node == namedNode ? named : null, fuseMultiplyAdd: fuse)
            .WriteAccumulation(value, "sum");

    [Fact]
    public void The_last_product_of_a_loss_fuses_with_the_sum()
    {
        Assert.Equal("Vector512.MultiplyAddEstimate(a, b, sum)", Accumulate(_f.Multiply(_a, _b)));
        Assert.Equal("Vector512.MultiplyAddEstimate(a, a, sum)", Accumulate(_f.Power(_a, _f.Constant(2))));
        Assert.Equal("Vector512.MultiplyAddEstimate(Vector512.Create(0.5f), a, sum)", Accumulate(_f.Multiply(_f.Constant(0.5), _a)));
    }

    [Fact]
    public void A_product_inside_the_loss_fuses_with_what_it_is_added_to()
    {
        Expr value = _f.Multiply(_c, _f.Subtract(_a, _f.Multiply(_f.Constant(0.5), _b)));

        Assert.Equal("Vector512.MultiplyAddEstimate(c, Vector512.MultiplyAddEstimate(Vector512.Create(-0.5f), b, a), sum)", Accumulate(value));
    }

    [Fact]
    public void Negations_divisions_and_named_products_are_not_fused()
    {
        Expr product = _f.Multiply(_a, _b);

        Assert.Equal("sum + (c - a)", Accumulate(_f.Subtract(_c, _a)));
        Assert.Equal("sum + c / a", Accumulate(_f.Divide(_c, _a)));
        Assert.Equal("sum + t1", Accumulate(product, named: "t1", namedNode: product));
        Assert.Equal("sum + (c + t1)", Accumulate(_f.Add(_c, product), named: "t1", namedNode: product));
    }

    [Fact]
    public void Without_fusion_the_loss_is_added_as_written()
    {
        Assert.Equal("sum + (c + a * b)", Accumulate(_f.Add(_c, _f.Multiply(_a, _b)), fuse: false));
    }
}
