using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// A bottom-up rewrite of an expression DAG, memoized per node so shared subexpressions are rewritten once and stay
/// shared. A pass says what becomes of a node once its operands are rewritten.
/// </summary>
internal abstract class ExprRewriter(ExprFactory factory)
{
    private readonly Dictionary<Expr, Expr> _rewritten = new();

    protected ExprFactory Factory { get; } = factory;

    public Expr Rewrite(Expr node)
    {
        if (_rewritten.TryGetValue(node, out Expr? done))
        {
            return done;
        }

        if (Replacement(node) is { } replacement)
        {
            _rewritten.Add(node, replacement);
            return replacement;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var arguments = new Expr[node.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Rewrite(node.Arguments[i]);
        }

        Expr result = node.IsLeaf ? node : Rewrite(node, arguments);
        _rewritten.Add(node, result);
        return result;
    }

    /// <summary>What replaces a node, operands and all, before its operands are visited; null to rewrite them.</summary>
    protected virtual Expr? Replacement(Expr node) => null;

    /// <summary>The rewritten form of a non-leaf node, given its rewritten operands.</summary>
    protected virtual Expr Rewrite(Expr node, Expr[] arguments) => Factory.WithArguments(node, arguments);
}
