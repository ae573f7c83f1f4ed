namespace LossGen;

/// <summary>How a batch method reduces per-sample losses: their sum, or their mean over the batch.</summary>
public enum Reduction
{
    /// <summary>The sum of the per-sample losses; gradients are those of the sum.</summary>
    Sum,

    /// <summary>The sum divided by the number of samples; gradients are those of the mean (each divided by the count).</summary>
    Mean,
}
