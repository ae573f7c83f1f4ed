using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// What a batch kernel knows about the values it sees: what the loss's requirements (<c>Requires = ["delta &gt; 0"]</c>)
/// say (a required parameter is never NaN, and a lower bound makes it at least that), and what follows from the form of
/// an expression (e^(-|x|) lies in [0, 1]). Batch methods check the requirements before running a kernel, so kernels
/// may rely on them; scalar code never does.
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

    /// <summary>
    /// Whether the node lies in [0, 1] or is NaN: e^a for an a that is at most 0 or NaN, as in e^(-|x|), which the
    /// vector lowering of softplus and sigmoid makes.
    /// </summary>
    public bool IsInUnitIntervalOrNaN(Expr node) => node.Kind == ExprKind.Exp && IsNonPositiveOrNaN(node.Arguments[0]);

    // -c |x| for a positive c, and -|x| in particular.
    private static bool IsNonPositiveOrNaN(Expr node) =>
        node.Kind == ExprKind.Multiply && node.Arguments.Count == 2
        && node.Arguments[0] is { Kind: ExprKind.Constant, Value: < 0 }
        && node.Arguments[1].Kind == ExprKind.Abs;
}
