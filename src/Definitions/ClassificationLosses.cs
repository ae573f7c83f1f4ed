namespace LossGen;

/// <summary>Losses of a classifier's raw score (logit) <c>p</c> against a target <c>y</c>, element by element.</summary>
public static partial class ClassificationLosses
{
    /// <summary>
    /// Binary cross-entropy on logits, as torch.nn.BCEWithLogitsLoss: -[y log sigmoid(p) + (1 - y) log(1 - sigmoid(p))]
    /// for a target y in [0, 1], computed as softplus(p) - y p, which never overflows or loses digits.
    /// </summary>
    [Loss("softplus(p) - y * p")]
    public static partial double BinaryCrossEntropyWithLogits(double y, double p);

    /// <inheritdoc cref="BinaryCrossEntropyWithLogits(double, double)"/>
    [Loss("softplus(p) - y * p")]
    public static partial float BinaryCrossEntropyWithLogits(float y, float p);
}
