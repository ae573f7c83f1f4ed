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

    /// <summary>Throws when a broadcast parameter breaks a condition of the loss's <see cref="LossAttribute.Requires"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="holds"/> is false (NaN breaks every condition).</exception>
    public static void Require(bool holds, double value, string parameterName, string condition)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, $"The loss requires {condition}, but '{parameterName}' is {value}.");
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
