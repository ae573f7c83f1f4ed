using System;

namespace LossGen.Functional.Tests;

public delegate void OutputMethod<T>(Span<T> output, Reduction reduction);

public delegate double ValueAndOutputMethod<T>(Span<T> output, Reduction reduction);

/// <summary>
/// The generated members of one loss bound to one batch of inputs (y, p, and weights): the scalar methods sample by
/// sample, and every batch method, so that one check can compare them for any loss.
/// </summary>
public sealed record BatchCase<T>(
    string Name,
    Func<int, (double Value, double Gradient, double Hessian)> Scalar,
    Func<double> Sum,
    Func<double> Mean,
    Func<double> WeightedSum,
    Func<double> WeightedMean,
    OutputMethod<T> Gradient,
    OutputMethod<T> WeightedGradient,
    ValueAndOutputMethod<T> WithGradient,
    ValueAndOutputMethod<T> WeightedWithGradient,
    OutputMethod<T> Hessian,
    OutputMethod<T> WeightedHessian);
