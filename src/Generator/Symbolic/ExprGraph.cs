using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>Walks of the expression DAG that several passes need.</summary>
internal static class ExprGraph
{
    /// <summary>Every node the roots depend on, the roots included; iterative, so depth never threatens the stack.</summary>
    public static HashSet<Expr> Reachable(IEnumerable<Expr> roots)
    {
        var seen = new HashSet<Expr>();
        var stack = new Stack<Expr>(roots);
        while (stack.Count > 0)
        {
            Expr node = stack.Pop();
            if (seen.Add(node))
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
