using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// What the loss's requirements (<c>Requires = ["delta &gt; 0"]</c>) say about the values a batch kernel sees: a
/// required parameter is never NaN, and a lower bound makes it at least that. Batch methods check the requirements
/// before running a kernel, so kernels may rely on them; scalar code never does.
/// </summary>
internal sealed class ParameterDomains(IReadOnlyDictionary<int, double?> lowerBoundOfRequired)
{
    /// <summary>The greatest lower bound the requirements give a parameter; null when they give none (or there are none).</summary>
    public double? LowerBound(Expr parameter) =>
        lowerBoundOfRequired.TryGetValue(parameter.ParameterIndex, out double? bound) ? bound : null;

    public bool IsNeverNaN(Expr node) => node.Kind switch
    {
        ExprKind.Constant => !double.IsNaN(node.Value),
        ExprKind.Parameter => lowerBoundOfRequired.ContainsKey(node.ParameterIndex),
        ExprKind.Abs => IsNeverNaN(node.Arguments[0]),

        // c x is NaN only for NaN x, or for c = 0 and an infinite x.
        ExprKind.Multiply => node.Arguments.Count == 2
            && node.Arguments[0] is { Kind: ExprKind.Constant, Value: var c } && c != 0 && !double.IsNaN(c) && !double.IsInfinity(c)
            && IsNeverNaN(node.Arguments[1]),
        _ => false,
    };

    public bool IsNonNegative(Expr node) => IsNeverNaN(node) && node.Kind switch
    {
        ExprKind.Constant => node.Value >= 0,
        ExprKind.Parameter => LowerBound(node) >= 0,
        ExprKind.Abs => true,
        _ => false,
    };
}
