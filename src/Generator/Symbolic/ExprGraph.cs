using System;
using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>Walks of the expression DAG that several passes need.</summary>
internal static class ExprGraph
{
    /// <summary>
    /// Every node the roots depend on, the roots included; iterative, so depth never threatens the stack. Nodes for which
    /// <paramref name="stopAt"/> holds are included but not walked into.
    /// </summary>
    public static HashSet<Expr> Reachable(IEnumerable<Expr> roots, Func<Expr, bool>? stopAt = null)
    {
        var seen = new HashSet<Expr>();
        var stack = new Stack<Expr>(roots);
        while (stack.Count > 0)
        {
            Expr node = stack.Pop();
            if (seen.Add(node) && stopAt?.Invoke(node) != true)
            {
                foreach (Expr argument in node.Arguments)
                {
                    stack.Push(argument);
                }
            }
        }

        return seen;
    }
}
