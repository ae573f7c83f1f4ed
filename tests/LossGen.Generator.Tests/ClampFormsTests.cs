using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests;

/// <summary>Which conditionals on a magnitude the vector lowering turns into min/max forms, and which it must leave alone.</summary>
public class ClampFormsTests
{
    private readonly ExprFactory _f = new();
    private readonly Expr _y;
    private readonly Expr _p;
    private readonly Expr _delta;
    private readonly Expr _r;
    private readonly Expr _absR;
    private readonly Expr _c;

    public ClampFormsTests()
    {
        _y = _f.Parameter(0, "y");
        _p = _f.Parameter(1, "p");
        _delta = _f.Parameter(2, "delta");
        _r = _f.Subtract(_p, _y);
        _absR = _f.Function(ExprKind.Abs, _r);
        _c = _f.Min(_delta, _f.Max(_f.Negate(_delta), _r));
    }

    private static ParameterDomains NoRequirements => new(new Dictionary<int, double?>());

    private static ParameterDomains DeltaAtLeast(double bound) => new(new Dictionary<int, double?> { [2] = bound });

    private Expr? Rewrite(Expr condition, Expr whenTrue, Expr whenFalse, ParameterDomains domains) =>
        new ClampForms(_f, domains, CancellationToken.None).TryRewrite(condition, whenTrue, whenFalse);

    private Expr HalfSquare(Expr x) => _f.Multiply(_f.Constant(0.5), _f.Power(x, _f.Constant(2)));

    private Expr HuberLinearPart => _f.Multiply(_delta, _f.Subtract(_absR, _f.Multiply(_f.Constant(0.5), _delta)));

    private Expr Sign(Expr x) => _f.Function(ExprKind.Sign, x);

    [Fact]
    public void Hubers_gradient_becomes_the_clamp_of_the_residual()
    {
        Expr inside = _f.Compare(ExprKind.Less, _absR, _delta);

        Assert.Same(_c, Rewrite(inside, _r, _f.Multiply(_delta, Sign(_r)), DeltaAtLeast(0)));
    }

    [Fact]
    public void Every_orientation_of_the_comparison_is_recognized()
    {
        Expr outsideBranch = _f.Multiply(_delta, Sign(_r));

        Assert.Same(_c, Rewrite(_f.Compare(ExprKind.GreaterOrEqual, _delta, _absR), _r, outsideBranch, DeltaAtLeast(0)));
        Assert.Same(_c, Rewrite(_f.Compare(ExprKind.Greater, _absR, _delta), outsideBranch, _r, DeltaAtLeast(0)));
        Assert.Same(_c, Rewrite(_f.Compare(ExprKind.LessOrEqual, _delta, _absR), outsideBranch, _r, DeltaAtLeast(0)));
    }

    [Fact]
    public void Hubers_loss_becomes_the_quadratic_continued_linearly_without_a_conditional()
    {
        Expr? form = Rewrite(_f.Compare(ExprKind.Less, _absR, _delta), HalfSquare(_r), HuberLinearPart, DeltaAtLeast(0));

        Assert.NotNull(form);
        HashSet<Expr> nodes = ExprGraph.Reachable([form]);
        Assert.DoesNotContain(nodes, n => n.Kind is ExprKind.Select or ExprKind.Abs or ExprKind.Sign);

        // c (r - c / 2): three operations on top of r and c, as a hand-written kernel has.
        nodes.ExceptWith(ExprGraph.Reachable([_c, _r]));
        nodes.RemoveWhere(n => n.IsLeaf);
        Assert.Equal(3, nodes.Count);
    }

    [Fact]
    public void Horner_form_nests_a_polynomial_in_one_atom()
    {
        Expr x = _p, c = _delta;
        Expr expanded = _f.Add(_f.Multiply(c, x), _f.Multiply(_f.Constant(-0.5), _f.Power(c, _f.Constant(2))));
        Expr pieces = _f.Add(HalfSquare(c), _f.Multiply(c, _f.Subtract(x, c)));

        Expr nested = _f.Multiply(c, _f.Add(x, _f.Multiply(_f.Constant(-0.5), c)));
        Assert.Same(nested, HornerForm.In(_f, expanded, c));
        Assert.Same(nested, HornerForm.In(_f, pieces, c));
        Assert.Same(_f.Add(_y, _f.Multiply(c, _f.Add(x, c))), HornerForm.In(_f, _f.Add([_y, _f.Multiply(c, x), _f.Power(c, _f.Constant(2))]), c));

        // (x + c)^2 = x^2 + c (2x + c).
        Expr square = _f.Power(_f.Add(x, c), _f.Constant(2));
        Assert.Same(_f.Add(_f.Power(x, _f.Constant(2)), _f.Multiply(c, _f.Add(_f.Multiply(_f.Constant(2), x), c))), HornerForm.In(_f, square, c));
    }

    [Fact]
    public void Nothing_is_rewritten_unless_the_bound_is_known_to_be_non_negative()
    {
        Expr inside = _f.Compare(ExprKind.Less, _absR, _delta);
        Expr outsideBranch = _f.Multiply(_delta, Sign(_r));

        Assert.Null(Rewrite(inside, _r, outsideBranch, NoRequirements));
        Assert.Null(Rewrite(inside, _r, outsideBranch, DeltaAtLeast(-1)));
        Assert.Same(_f.Min(_f.Constant(2), _f.Max(_f.Constant(-2), _r)), Rewrite(_f.Compare(ExprKind.Less, _absR, _f.Constant(2)), _r, _f.Multiply(_f.Constant(2), Sign(_r)), NoRequirements));
    }

    [Fact]
    public void A_branch_that_does_not_continue_the_inner_one_keeps_its_conditional()
    {
        Expr inside = _f.Compare(ExprKind.Less, _absR, _delta);

        // Jumps at |r| = delta: neither the constant nor the linear continuation of r^2 / 2.
        Assert.Null(Rewrite(inside, HalfSquare(_r), _f.Multiply(_delta, _absR), DeltaAtLeast(0)));

        // Continuous, but quadratic outside: agrees with no form at most points.
        Assert.Null(Rewrite(inside, HalfSquare(_r), _f.Add(HuberLinearPart, _f.Power(_f.Subtract(_absR, _delta), _f.Constant(2))), DeltaAtLeast(0)));

        // The clamp of r is not -r: the sign of the outside branch matters.
        Assert.Null(Rewrite(inside, _r, _f.Negate(_f.Multiply(_delta, Sign(_r))), DeltaAtLeast(0)));
    }

    [Fact]
    public void Functions_the_check_cannot_evaluate_exactly_keep_their_conditional()
    {
        Expr inside = _f.Compare(ExprKind.Less, _absR, _delta);
        Expr exp = _f.Function(ExprKind.Exp, _delta);

        Assert.Null(Rewrite(inside, _f.Multiply(exp, _r), _f.Multiply([exp, _delta, Sign(_r)]), DeltaAtLeast(0)));
    }

    [Fact]
    public void A_form_that_differs_only_at_infinite_inputs_is_refused()
    {
        // Outside, delta r / |r| is delta sign(r) for a finite r, but NaN for an infinite one, where the clamp gives delta.
        Expr inside = _f.Compare(ExprKind.Less, _absR, _delta);
        Expr outsideBranch = _f.Multiply([_delta, _r, _f.Power(_absR, _f.Constant(-1))]);

        Assert.Null(Rewrite(inside, _r, outsideBranch, DeltaAtLeast(0)));
        Assert.Same(_c, Rewrite(inside, _r, _f.Multiply(_delta, Sign(_r)), DeltaAtLeast(0)));
    }
}
