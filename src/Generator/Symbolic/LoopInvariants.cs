using System;
using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// What a batch kernel can compute once per batch instead of once per sample: the subexpressions that depend only on
/// constants and broadcast parameters (<c>delta / 2</c>, <c>2 * scale</c>). The JIT does not reliably hoist them out of
/// a vector loop, so the kernels do it themselves.
/// </summary>
internal sealed class LoopInvariants(ExprFactory factory, Func<Expr, bool> isInvariantParameter)
{
    private readonly Dictionary<Expr, bool> _invariant = new();
    private readonly Dictionary<Expr, Expr> _grouped = new();

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

    /// <summary>
    /// The same expression with the per-batch factors of every product gathered into one subproduct: 2 * r * scale
    /// becomes (2 * scale) * r, so that 2 * scale can be hoisted.
    /// </summary>
    public Expr GroupInvariantFactors(Expr node)
    {
        if (_grouped.TryGetValue(node, out Expr? done))
        {
            return done;
        }

        Expr[] arguments = node.Arguments.Select(GroupInvariantFactors).ToArray();
        Expr result = node.IsLeaf ? node : factory.WithArguments(node, arguments);
        if (node.Kind == ExprKind.Multiply && !IsInvariant(node))
        {
            Expr[] invariant = arguments.Where(IsInvariant).ToArray();
            if (invariant.Length >= 2)
            {
                result = factory.WithArguments(node, [factory.Multiply(invariant), .. arguments.Where(a => !IsInvariant(a))]);
            }
        }

        _grouped.Add(node, result);
        return result;
    }

    /// <summary>The largest per-batch numeric subexpressions under the roots, each worth computing once (leaves are not).</summary>
    public List<Expr> Hoistable(IEnumerable<Expr> roots)
    {
        var hoisted = new List<Expr>();
        var seen = new HashSet<Expr>();
        var stack = new Stack<Expr>(roots);
        while (stack.Count > 0)
        {
            Expr node = stack.Pop();
            if (node.IsLeaf || !seen.Add(node))
            {
                continue;
            }

            if (IsInvariant(node) && !node.IsCondition)
            {
                hoisted.Add(node);
                continue;
            }

            foreach (Expr argument in node.Arguments)
            {
                stack.Push(argument);
            }
        }

        return hoisted.OrderBy(n => n.Id).ToList();
    }
}
