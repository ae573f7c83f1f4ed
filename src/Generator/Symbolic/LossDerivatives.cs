using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>A loss, its gradient and its Hessian (upper triangle, row by row), all in one factory so they share nodes.</summary>
internal sealed class LossDerivatives
{
    private LossDerivatives(Expr value, IReadOnlyList<Expr> gradient, IReadOnlyList<Expr> hessian)
    {
        Value = value;
        Gradient = gradient;
        Hessian = hessian;
    }

    public Expr Value { get; }

    /// <summary>dL/dv for each variable, in order.</summary>
    public IReadOnlyList<Expr> Gradient { get; }

    /// <summary>d2L/dvi dvj for i &lt;= j, in row order: (0,0), (0,1), ..., (1,1), ...</summary>
    public IReadOnlyList<Expr> Hessian { get; }

    public static LossDerivatives Build(ExprFactory factory, Expr loss, IReadOnlyList<Expr> variables, CancellationToken cancellationToken)
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

        return new LossDerivatives(loss, gradient, hessian);
    }
}
