using System;

namespace LossGen.Batch;

/// <summary>Argument checks that generated batch methods make before they read or write anything.</summary>
public static class BatchArguments
{
    /// <summary>Throws when a span's length differs from the batch's.</summary>
    /// <exception cref="ArgumentException">The lengths differ; the message and <see cref="ArgumentException.ParamName"/> name the span.</exception>
    public static void RequireLength(int length, int batchLength, string parameterName, string batchParameterName)
    {
        if (length != batchLength)
        {
            throw new ArgumentException(
                $"'{parameterName}' has {length} elements, but '{batchParameterName}' has {batchLength}: every span of a batch must have the same length.",
                parameterName);
        }
    }

    /// <summary>What each per-sample derivative is multiplied by: 1 for <see cref="Reduction.Sum"/>, 1 / length for <see cref="Reduction.Mean"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reduction"/> is not a defined value.</exception>
    public static double Scale(Reduction reduction, int length) => reduction switch
    {
        Reduction.Sum => 1,
        Reduction.Mean => 1.0 / length,
        _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, "Use Reduction.Sum or Reduction.Mean."),
    };
}
