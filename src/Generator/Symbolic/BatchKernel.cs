using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>What a batch kernel computes per sample.</summary>
internal enum BatchKernelKind
{
    Value,
    Gradient,
    ValueAndGradient,
    Hessian,
}

/// <summary>
/// One batch kernel of a loss: the per-sample value it adds up (if any) and the per-sample outputs it stores, already
/// multiplied by the sample's weight (when weighted) and by the reduction's scale (1, or 1/n for a mean), lowered for
/// vector code (<see cref="VectorLowering"/>) and with common partial products shared. Scale and weight are parameters
/// of the IR like the loss's own, so the simplifier and the sharing pass treat them like any other factor.
/// </summary>
internal sealed class BatchKernel
{
    private BatchKernel(
        BatchKernelKind kind, bool weighted, bool ofSum, Expr? value, IReadOnlyList<Expr> outputs, IReadOnlyDictionary<Expr, string> definitionNames)
    {
        Kind = kind;
        Weighted = weighted;
        OfSum = ofSum;
        Value = value;
        Outputs = outputs;
        DefinitionNames = definitionNames;
    }

    public BatchKernelKind Kind { get; }

    public bool Weighted { get; }

    /// <summary>
    /// Whether the outputs are the derivatives of the sum, with the scale left out. Built only where leaving it out saves
    /// work per sample; the kernel of the same kind that reads the scale serves the mean, and the sum where there is no
    /// such twin.
    /// </summary>
    public bool OfSum { get; }

    /// <summary>The per-sample loss to add up; null when the kernel only stores outputs.</summary>
    public Expr? Value { get; }

    /// <summary>The per-sample outputs, in the order of the gradient (or the Hessian's upper triangle).</summary>
    public IReadOnlyList<Expr> Outputs { get; }

    public IEnumerable<Expr> Roots => Value is null ? Outputs : Outputs.Prepend(Value);

    /// <summary>The names the user's definitions give to nodes of this kernel.</summary>
    public IReadOnlyDictionary<Expr, string> DefinitionNames { get; }

    /// <summary>
    /// Whether a step is only arithmetic, min, max, abs and selects: short enough that the latency of adding into one
    /// sum would bound the loop. A step that calls exp, log and the like has parallelism of its own.
    /// </summary>
    public bool IsShort => !ExprGraph.Reachable(Roots).Any(node =>
        node.Kind is >= ExprKind.Exp and <= ExprKind.Cosh
        || (node.Kind == ExprKind.Power && !(node.Arguments[1] is { Kind: ExprKind.Constant } exponent && Math.Abs(exponent.Value) is 0.5 or 1 or 2 or 3 or 4)));

    // The vector operations of one step: what is computed once per batch, and the leaves, are free.
    private int OperationsPerSample(LoopInvariants invariants) =>
        ExprGraph.Reachable(Roots, invariants.IsInvariant)
            .Where(node => !node.IsLeaf && !invariants.IsInvariant(node))
            .Sum(node => node.Kind is ExprKind.Add or ExprKind.Multiply ? node.Arguments.Count - 1 : 1);

    /// <summary>The kernels of every batch method of a loss, unweighted and weighted.</summary>
    /// <param name="factory">The loss's factory.</param>
    /// <param name="math">The loss and its derivatives, unshared.</param>
    /// <param name="weight">The per-sample weight parameter.</param>
    /// <param name="scale">The broadcast scale of derivatives: 1 for a sum, 1/n for a mean.</param>
    /// <param name="invariants">Which parts are the same for the whole batch; their factors are grouped so they can be hoisted.</param>
    /// <param name="domains">What the batch methods check before a kernel runs, which the lowering may rely on.</param>
    /// <param name="cancellationToken">Cancels the lowering and the sharing pass.</param>
    public static IReadOnlyList<BatchKernel> Build(
        ExprFactory factory, LossDerivatives math, Expr weight, Expr scale, LoopInvariants invariants, ParameterDomains domains, CancellationToken cancellationToken)
    {
        var kernels = new List<BatchKernel>();
        var lowering = new VectorLowering(factory, new ClampForms(factory, domains, cancellationToken));
        Expr loss = lowering.Rewrite(math.Value);

        // The user's names follow their nodes through lowering and grouping, as they do through sharing below.
        var names = new Dictionary<Expr, string>();
        foreach (KeyValuePair<Expr, string> definition in math.DefinitionNames.OrderBy(d => d.Key.Id))
        {
            Expr node = invariants.Rewrite(lowering.Rewrite(definition.Key));
            if (!names.ContainsKey(node))
            {
                names.Add(node, definition.Value);
            }
        }

        foreach (bool weighted in new[] { false, true })
        {
            Expr Weigh(Expr e) => weighted ? factory.Multiply(weight, e) : e;
            Expr[] Scaled(IEnumerable<Expr> derivatives, Expr by) => derivatives.Select(e => factory.Multiply(by, Weigh(lowering.Rewrite(e)))).ToArray();

            kernels.Add(Shared(BatchKernelKind.Value, Weigh(loss), [], ofSum: false));
            foreach ((BatchKernelKind kind, Expr? value, IReadOnlyList<Expr> derivatives) in new[]
            {
                (BatchKernelKind.Gradient, null, math.Gradient),
                (BatchKernelKind.ValueAndGradient, Weigh(loss), math.Gradient),
                (BatchKernelKind.Hessian, (Expr?)null, math.Hessian),
            })
            {
                // A factor of 1/n costs a multiplication per output unless it merges with a constant (2 * scale * r).
                BatchKernel ofAny = Shared(kind, value, Scaled(derivatives, scale), ofSum: false);
                BatchKernel ofSum = Shared(kind, value, Scaled(derivatives, factory.One), ofSum: true);
                kernels.Add(ofAny);
                if (ofSum.OperationsPerSample(invariants) < ofAny.OperationsPerSample(invariants))
                {
                    kernels.Add(ofSum);
                }
            }

            BatchKernel Shared(BatchKernelKind kind, Expr? value, Expr[] outputs, bool ofSum)
            {
                value = value is null ? null : invariants.Rewrite(value);
                outputs = outputs.Select(invariants.Rewrite).ToArray();
                Expr[] roots = value is null ? outputs : [value, .. outputs];
                Dictionary<Expr, Expr> shared = ProductSharing.Apply(factory, roots, cancellationToken);
                return new BatchKernel(
                    kind, weighted, ofSum, value is null ? null : shared[value], outputs.Select(o => shared[o]).ToList(), ProductSharing.Rename(names, shared));
            }
        }

        return kernels;
    }
}
