namespace LossGen.Generator.Symbolic;

/// <summary>
/// Rewrites the functions that share an exponential into the forms LossMath uses, so that hash-consing shares it:
/// with e = exp(-|x|), sigmoid(x) = x >= 0 ? 1 / (1 + e) : e / (1 + e) and softplus(x) = max(x, 0) + log1p(e). A kernel
/// that needs both (binary cross-entropy: the loss and its gradient) then computes one exponential per sample instead
/// of two. Conditionals on a magnitude become min/max forms where <see cref="ClampForms"/> proves them equal. Used for
/// batch kernels, where it pays; scalar code keeps the readable calls.
/// </summary>
internal sealed class VectorLowering(ExprFactory factory, ClampForms clampForms) : ExprRewriter(factory)
{
    protected override Expr Rewrite(Expr node, Expr[] arguments) => node.Kind switch
    {
        ExprKind.Select => clampForms.TryRewrite(arguments[0], arguments[1], arguments[2]) ?? base.Rewrite(node, arguments),
        ExprKind.Sigmoid => Sigmoid(arguments[0]),
        ExprKind.Softplus => Factory.Add(Factory.Max(arguments[0], Factory.Zero), Factory.Function(ExprKind.Log1p, ExpOfMinusAbs(arguments[0]))),
        _ => base.Rewrite(node, arguments),
    };

    private Expr ExpOfMinusAbs(Expr x) => Factory.Function(ExprKind.Exp, Factory.Negate(Factory.Function(ExprKind.Abs, x)));

    private Expr Sigmoid(Expr x)
    {
        Expr e = ExpOfMinusAbs(x);
        Expr positive = Factory.Divide(Factory.One, Factory.Add(Factory.One, e));
        return Factory.Select(Factory.Compare(ExprKind.GreaterOrEqual, x, Factory.Zero), positive, Factory.Multiply(e, positive));
    }
}
