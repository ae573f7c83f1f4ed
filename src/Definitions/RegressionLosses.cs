namespace LossGen;

/// <summary>
/// Losses between a prediction <c>p</c> and a target <c>y</c>, element by element, defined as in torch.nn
/// (MSELoss, L1Loss, HuberLoss with reduction 'none'). Each comes in double and float.
/// </summary>
public static partial class RegressionLosses
{
    /// <summary>Squared error (p - y)^2, as torch.nn.MSELoss.</summary>
    [Loss("(p - y)^2")]
    public static partial double SquaredError(double y, double p);

    /// <inheritdoc cref="SquaredError(double, double)"/>
    [Loss("(p - y)^2")]
    public static partial float SquaredError(float y, float p);

    /// <summary>Absolute error |p - y|, as torch.nn.L1Loss; its derivative at p == y is 0.</summary>
    [Loss("abs(p - y)")]
    public static partial double AbsoluteError(double y, double p);

    /// <inheritdoc cref="AbsoluteError(double, double)"/>
    [Loss("abs(p - y)")]
    public static partial float AbsoluteError(float y, float p);

    /// <summary>
    /// Huber loss with threshold <paramref name="delta"/> (> 0), as torch.nn.HuberLoss: quadratic while |p - y| &lt; delta,
    /// linear beyond. At |p - y| == delta the linear branch is taken, so the second derivative there is 0, as in PyTorch.
    /// </summary>
    [Loss("r = p - y; abs(r) < delta ? r^2 / 2 : delta * (abs(r) - delta / 2)", Broadcast = ["delta"], Requires = ["delta > 0"])]
    public static partial double Huber(double y, double p, double delta);

    /// <inheritdoc cref="Huber(double, double, double)"/>
    [Loss("r = p - y; abs(r) < delta ? r^2 / 2 : delta * (abs(r) - delta / 2)", Broadcast = ["delta"], Requires = ["delta > 0"])]
    public static partial float Huber(float y, float p, float delta);
}
