using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Rewrites the functions that share an exponential into the forms LossMath uses, so that hash-consing shares it:
/// with e = exp(-|x|), sigmoid(x) = x >= 0 ? 1 / (1 + e) : e / (1 + e) and softplus(x) = max(x, 0) + log1p(e). A kernel
/// that needs both (binary cross-entropy: the loss and its gradient) then computes one exponential per sample instead
/// of two. Used for batch kernels, where it pays; scalar code keeps the readable calls.
/// </summary>
internal sealed class VectorLowering(ExprFactory factory)
{
    private readonly Dictionary<Expr, Expr> _lowered = new();

    public Expr Lower(Expr node)
    {
        if (_lowered.TryGetValue(node, out Expr? done))
        {
            return done;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var arguments = new Expr[node.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Lower(node.Arguments[i]);
        }

        Expr result = node.Kind switch
        {
            ExprKind.Sigmoid => Sigmoid(arguments[0]),
            ExprKind.Softplus => factory.Add(factory.Max(arguments[0], factory.Zero), factory.Function(ExprKind.Log1p, ExpOfMinusAbs(arguments[0]))),
            _ when node.IsLeaf => node,
            _ => factory.WithArguments(node, arguments),
        };
        _lowered.Add(node, result);
        return result;
    }

    private Expr ExpOfMinusAbs(Expr x) => factory.Function(ExprKind.Exp, factory.Negate(factory.Function(ExprKind.Abs, x)));

    private Expr Sigmoid(Expr x)
    {
        Expr e = ExpOfMinusAbs(x);
        Expr positive = factory.Divide(factory.One, factory.Add(factory.One, e));
        return factory.Select(factory.Compare(ExprKind.GreaterOrEqual, x, factory.Zero), positive, factory.Multiply(e, positive));
    }
}
