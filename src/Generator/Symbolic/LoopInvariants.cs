using System;
using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// What a batch kernel can compute once per batch instead of once per sample: the subexpressions that depend only on
/// constants and broadcast parameters (<c>delta / 2</c>, <c>2 * scale</c>). The JIT does not reliably hoist them out of
/// a vector loop, so the kernels do it themselves.
/// </summary>
internal sealed class LoopInvariants(ExprFactory factory, Func<Expr, bool> isInvariantParameter) : ExprRewriter(factory)
{
    private readonly Dictionary<Expr, bool> _invariant = new();

    public bool IsInvariant(Expr node)
    {
        if (_invariant.TryGetValue(node, out bool known))
        {
            return known;
        }

        bool invariant = node.Kind == ExprKind.Parameter ? isInvariantParameter(node) : node.Arguments.All(IsInvariant);
        _invariant.Add(node, invariant);
        return invariant;
    }

    /// <summary>The largest per-batch numeric subexpressions under the roots, each worth computing once (leaves are not).</summary>
    public List<Expr> Hoistable(IEnumerable<Expr> roots) =>
        ExprGraph.Reachable(roots, IsHoistable).Where(IsHoistable).OrderBy(n => n.Id).ToList();

    /// <summary>
    /// <see cref="ExprRewriter.Rewrite(Expr)"/> gathers the per-batch factors of every product into one subproduct:
    /// 2 * r * scale becomes (2 * scale) * r, so that 2 * scale can be hoisted.
    /// </summary>
    protected override Expr Rewrite(Expr node, Expr[] arguments)
    {
        Expr[] invariant = arguments.Where(IsInvariant).ToArray();
        return node.Kind == ExprKind.Multiply && !IsInvariant(node) && invariant.Length >= 2
            ? Factory.WithArguments(node, [Factory.Multiply(invariant), .. arguments.Where(a => !IsInvariant(a))])
            : base.Rewrite(node, arguments);
    }

    private bool IsHoistable(Expr node) => !node.IsLeaf && !node.IsCondition && IsInvariant(node);
}
