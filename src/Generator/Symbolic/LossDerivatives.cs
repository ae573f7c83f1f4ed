using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>A loss, its gradient and its Hessian (upper triangle, row by row), in one factory so that they share nodes.</summary>
internal sealed class LossDerivatives
{
    private LossDerivatives(Expr value, IReadOnlyList<Expr> gradient, IReadOnlyList<Expr> hessian, IReadOnlyDictionary<Expr, string> definitionNames)
    {
        Value = value;
        Gradient = gradient;
        Hessian = hessian;
        DefinitionNames = definitionNames;
    }

    public Expr Value { get; }

    /// <summary>dL/dv for each variable, in order.</summary>
    public IReadOnlyList<Expr> Gradient { get; }

    /// <summary>d2L/dvi dvj for i &lt;= j, in row order: (0,0), (0,1), ..., (1,1), ...</summary>
    public IReadOnlyList<Expr> Hessian { get; }

    /// <summary>The names the user's definitions give to nodes of these expressions.</summary>
    public IReadOnlyDictionary<Expr, string> DefinitionNames { get; }

    public static LossDerivatives Build(
        ExprFactory factory, Expr loss, IReadOnlyList<Expr> variables, IReadOnlyDictionary<Expr, string> definitionNames, CancellationToken cancellationToken)
    {
        Differentiator[] differentiators = variables.Select(v => new Differentiator(factory, v, cancellationToken)).ToArray();
        Expr[] gradient = differentiators.Select(d => d.Derivative(loss)).ToArray();

        var hessian = new List<Expr>();
        for (int i = 0; i < variables.Count; i++)
        {
            for (int j = i; j < variables.Count; j++)
            {
                hessian.Add(differentiators[j].Derivative(gradient[i]));
            }
        }

        return new LossDerivatives(loss, gradient, hessian, definitionNames);
    }

    /// <summary>
    /// The same expressions with common partial products computed once (<see cref="ProductSharing"/>): the form to
    /// write as code. The unshared form reads better as math.
    /// </summary>
    public LossDerivatives WithSharedProducts(ExprFactory factory, CancellationToken cancellationToken)
    {
        Dictionary<Expr, Expr> shared = ProductSharing.Apply(factory, [Value, .. Gradient, .. Hessian], cancellationToken);
        return new LossDerivatives(
            shared[Value], Gradient.Select(g => shared[g]).ToList(), Hessian.Select(h => shared[h]).ToList(), ProductSharing.Rename(DefinitionNames, shared));
    }
}
