using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Symbolic derivative with respect to one variable, memoized per node so that a DAG of n nodes costs O(n) work and
/// its derivative shares every subexpression with it. Rules at kinks follow docs/derivatives.md.
/// </summary>
internal sealed class Differentiator(ExprFactory factory, Expr variable, CancellationToken cancellationToken)
{
    private readonly Dictionary<Expr, Expr> _derivatives = new();

    public Expr Derivative(Expr node)
    {
        if (_derivatives.TryGetValue(node, out Expr? known))
        {
            return known;
        }

        cancellationToken.ThrowIfCancellationRequested();
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Expr result = Rule(node);
        _derivatives.Add(node, result);
        return result;
    }

    private Expr Rule(Expr node)
    {
        ExprFactory f = factory;
        IReadOnlyList<Expr> args = node.Arguments;
        Expr Inner() => Derivative(args[0]);

        switch (node.Kind)
        {
            case ExprKind.Constant:
                return f.Zero;
            case ExprKind.Parameter:
                return ReferenceEquals(node, variable) ? f.One : f.Zero;
            case ExprKind.Add:
                return f.Add(args.Select(Derivative));
            case ExprKind.Multiply:
                return ProductRule(args);
            case ExprKind.Power:
                return PowerRule(args[0], args[1]);

            case ExprKind.Abs:
                // sign(0) = 0: the minimum-norm subgradient, as torch.abs.
                return f.Multiply(f.Function(ExprKind.Sign, args[0]), Inner());
            case ExprKind.Sign:
                return f.Zero;
            case ExprKind.Sqrt:
                return f.Multiply([f.Constant(0.5), f.Power(node, f.Constant(-1)), Inner()]);
            case ExprKind.Exp:
                return f.Multiply(node, Inner());
            case ExprKind.Log:
                return f.Divide(Inner(), args[0]);
            case ExprKind.Log1p:
                return f.Divide(Inner(), f.Add(f.One, args[0]));
            case ExprKind.Expm1:
                return f.Multiply(f.Function(ExprKind.Exp, args[0]), Inner());
            case ExprKind.Sigmoid:
                return f.Multiply([node, f.Subtract(f.One, node), Inner()]);
            case ExprKind.Softplus:
                return f.Multiply(f.Function(ExprKind.Sigmoid, args[0]), Inner());
            case ExprKind.Tanh:
                return f.Multiply(f.Subtract(f.One, f.Power(node, f.Constant(2))), Inner());
            case ExprKind.Sinh:
                return f.Multiply(f.Function(ExprKind.Cosh, args[0]), Inner());
            case ExprKind.Cosh:
                return f.Multiply(f.Function(ExprKind.Sinh, args[0]), Inner());
            case ExprKind.Max:
                return TieSplit(f.Compare(ExprKind.Greater, args[0], args[1]), f.Compare(ExprKind.Less, args[0], args[1]), args);
            case ExprKind.Min:
                return TieSplit(f.Compare(ExprKind.Less, args[0], args[1]), f.Compare(ExprKind.Greater, args[0], args[1]), args);

            case ExprKind.Select:
                // The derivative of the branch the condition picks; the other branch's derivative is never evaluated
                // into the result, so a NaN there cannot leak (unlike 0 * NaN in reverse-mode autodiff).
                return f.Select(args[0], Derivative(args[1]), Derivative(args[2]));

            default:
                throw new System.InvalidOperationException($"A condition ({node.Kind}) has no derivative.");
        }
    }

    // d(f1 f2 ... fn) = sum over i of dfi * (product of the others).
    private Expr ProductRule(IReadOnlyList<Expr> factors)
    {
        var terms = new List<Expr>(factors.Count);
        for (int i = 0; i < factors.Count; i++)
        {
            Expr derivative = Derivative(factors[i]);
            if (!derivative.IsConstant(0))
            {
                terms.Add(factory.Multiply(factors.Where((_, j) => j != i).Append(derivative)));
            }
        }

        return factory.Add(terms);
    }

    // d(b^e) = e b^(e-1) db + b^e log(b) de; the second term vanishes for a constant exponent.
    private Expr PowerRule(Expr @base, Expr exponent)
    {
        ExprFactory f = factory;
        Expr baseTerm = f.Multiply([exponent, f.Power(@base, f.Subtract(exponent, f.One)), Derivative(@base)]);
        Expr exponentDerivative = Derivative(exponent);
        if (exponentDerivative.IsConstant(0))
        {
            return baseTerm;
        }

        Expr exponentTerm = f.Multiply([f.Power(@base, exponent), f.Function(ExprKind.Log, @base), exponentDerivative]);
        return f.Add(baseTerm, exponentTerm);
    }

    // max and min: the derivative of the selected argument, split evenly at a tie (torch.maximum / torch.minimum).
    private Expr TieSplit(Expr firstWins, Expr secondWins, IReadOnlyList<Expr> args)
    {
        ExprFactory f = factory;
        Expr first = Derivative(args[0]);
        Expr second = Derivative(args[1]);
        Expr tie = f.Multiply(f.Constant(0.5), f.Add(first, second));
        return f.Select(firstWins, first, f.Select(secondWins, second, tie));
    }
}
