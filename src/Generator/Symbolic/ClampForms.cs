using System.Collections.Generic;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Rewrites a conditional on the size of a value, <c>|x| &lt; d ? a : b</c> with <c>d &gt;= 0</c>, into a branch-free
/// form through <c>c = min(d, max(-d, x))</c>, which equals x where the condition holds: <c>a(c)</c> when b continues a
/// as a constant (Huber's gradient becomes <c>clamp(r, -delta, delta)</c>), or <c>a(c) + a'(c) (x - c)</c> when b
/// continues a linearly (Huber's loss). Vector code then needs a min and a max where the conditional needed a
/// comparison, both branches and a blend.
/// </summary>
/// <remarks>
/// A form is used only when it agrees with b outside the condition, checked by <see cref="PiecewiseAgreement"/>
/// (exact rational arithmetic at sampled points, IEEE doubles at infinite inputs). <c>d &gt;= 0</c> must follow from
/// <see cref="ParameterDomains"/>: for a negative d the clamp would not even be defined.
/// </remarks>
internal sealed class ClampForms(ExprFactory factory, ParameterDomains domains, CancellationToken cancellationToken)
{
    // Stand for x and c while the forms are built, so that the factory simplifies them as atoms; never part of a kernel.
    private readonly Expr _x = factory.Parameter(-1, "x");
    private readonly Expr _c = factory.Parameter(-2, "c");

    public Expr? TryRewrite(Expr condition, Expr whenTrue, Expr whenFalse)
    {
        if (!IsMagnitudeTest(condition, out Expr x, out Expr d, out bool holdsInside) || !domains.IsNonNegative(d))
        {
            return null;
        }

        (Expr inside, Expr outside) = holdsInside ? (whenTrue, whenFalse) : (whenFalse, whenTrue);
        var agreement = new PiecewiseAgreement(x, d, outside, domains);
        var back = new Substitution(factory, new Dictionary<Expr, Expr> { [_x] = x, [_c] = factory.Min(d, factory.Max(factory.Negate(d), x)) });

        Expr a = Substitute(inside, x, _x);
        Expr constant = Substitute(a, _x, _c);
        Expr constantForm = back.Rewrite(constant);
        if (agreement.Holds(constantForm))
        {
            return constantForm;
        }

        Expr slope = Substitute(new Differentiator(factory, _x, cancellationToken).Derivative(a), _x, _c);
        Expr linear = factory.Add(constant, factory.Multiply(slope, factory.Subtract(_x, _c)));
        Expr linearForm = back.Rewrite(HornerForm.In(factory, linear, _c) ?? linear);
        return agreement.Holds(linearForm) ? linearForm : null;
    }

    // |x| < d, |x| <= d, d > |x|, d >= |x| hold inside; the mirrored comparisons hold outside.
    private static bool IsMagnitudeTest(Expr condition, out Expr x, out Expr d, out bool holdsInside)
    {
        x = d = condition;
        holdsInside = false;
        if (!condition.Kind.IsComparison() || condition.Kind is ExprKind.Equal or ExprKind.NotEqual)
        {
            return false;
        }

        bool absoluteOnLeft = condition.Arguments[0].Kind == ExprKind.Abs;
        Expr magnitude = condition.Arguments[absoluteOnLeft ? 0 : 1];
        if (magnitude.Kind != ExprKind.Abs)
        {
            return false;
        }

        x = magnitude.Arguments[0];
        d = condition.Arguments[absoluteOnLeft ? 1 : 0];
        bool smallerOnLeft = condition.Kind is ExprKind.Less or ExprKind.LessOrEqual;
        holdsInside = smallerOnLeft == absoluteOnLeft;
        return true;
    }

    private Expr Substitute(Expr expression, Expr from, Expr to) => new Substitution(factory, new Dictionary<Expr, Expr> { [from] = to }).Rewrite(expression);

    // Rebuilds the nodes above a replaced one as they are (ExprRewriter's default), so x - c keeps x whole.
    private sealed class Substitution(ExprFactory factory, Dictionary<Expr, Expr> replacements) : ExprRewriter(factory)
    {
        protected override Expr? Replacement(Expr node) => replacements.TryGetValue(node, out Expr? to) ? to : null;
    }
}
