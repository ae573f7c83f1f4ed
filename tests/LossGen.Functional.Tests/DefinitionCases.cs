namespace LossGen.Functional.Tests;

/// <summary>The Definitions losses as <see cref="BatchCase{T}"/>s over given inputs, in double and float.</summary>
internal static class DefinitionCases
{
    public static BatchCase<double> SquaredError(double[] y, double[] p, double[] w) => new(
        "SquaredError<double>",
        i => (RegressionLosses.SquaredErrorWithGradientAndHessian(y[i], p[i], out double g, out double h), g, h),
        () => RegressionLosses.SquaredErrorSum(y, p),
        () => RegressionLosses.SquaredErrorMean(y, p),
        () => RegressionLosses.SquaredErrorSum(y, p, w),
        () => RegressionLosses.SquaredErrorMean(y, p, w),
        (o, r) => RegressionLosses.SquaredErrorGradient(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.SquaredErrorWithGradient(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorWithGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.SquaredErrorHessian(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorHessian(y, p, w, o, r));

    public static BatchCase<double> AbsoluteError(double[] y, double[] p, double[] w) => new(
        "AbsoluteError<double>",
        i => (RegressionLosses.AbsoluteErrorWithGradientAndHessian(y[i], p[i], out double g, out double h), g, h),
        () => RegressionLosses.AbsoluteErrorSum(y, p),
        () => RegressionLosses.AbsoluteErrorMean(y, p),
        () => RegressionLosses.AbsoluteErrorSum(y, p, w),
        () => RegressionLosses.AbsoluteErrorMean(y, p, w),
        (o, r) => RegressionLosses.AbsoluteErrorGradient(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorWithGradient(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorWithGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorHessian(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorHessian(y, p, w, o, r));

    public static BatchCase<double> Huber(double[] y, double[] p, double[] w, double delta) => new(
        "Huber<double>",
        i => (RegressionLosses.HuberWithGradientAndHessian(y[i], p[i], delta, out double g, out double h), g, h),
        () => RegressionLosses.HuberSum(y, p, delta),
        () => RegressionLosses.HuberMean(y, p, delta),
        () => RegressionLosses.HuberSum(y, p, delta, w),
        () => RegressionLosses.HuberMean(y, p, delta, w),
        (o, r) => RegressionLosses.HuberGradient(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberGradient(y, p, delta, w, o, r),
        (o, r) => RegressionLosses.HuberWithGradient(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberWithGradient(y, p, delta, w, o, r),
        (o, r) => RegressionLosses.HuberHessian(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberHessian(y, p, delta, w, o, r));

    public static BatchCase<double> BinaryCrossEntropyWithLogits(double[] y, double[] p, double[] w) => new(
        "BinaryCrossEntropyWithLogits<double>",
        i => (ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradientAndHessian(y[i], p[i], out double g, out double h), g, h),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, p),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsMean(y, p),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, p, w),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsMean(y, p, w),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(y, p, w, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(y, p, w, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(y, p, w, o, r));

    public static BatchCase<float> SquaredErrorF(float[] y, float[] p, float[] w) => new(
        "SquaredError<float>",
        i => (RegressionLosses.SquaredErrorWithGradientAndHessian(y[i], p[i], out float g, out float h), g, h),
        () => RegressionLosses.SquaredErrorSum(y, p),
        () => RegressionLosses.SquaredErrorMean(y, p),
        () => RegressionLosses.SquaredErrorSum(y, p, w),
        () => RegressionLosses.SquaredErrorMean(y, p, w),
        (o, r) => RegressionLosses.SquaredErrorGradient(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.SquaredErrorWithGradient(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorWithGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.SquaredErrorHessian(y, p, o, r),
        (o, r) => RegressionLosses.SquaredErrorHessian(y, p, w, o, r));

    public static BatchCase<float> AbsoluteErrorF(float[] y, float[] p, float[] w) => new(
        "AbsoluteError<float>",
        i => (RegressionLosses.AbsoluteErrorWithGradientAndHessian(y[i], p[i], out float g, out float h), g, h),
        () => RegressionLosses.AbsoluteErrorSum(y, p),
        () => RegressionLosses.AbsoluteErrorMean(y, p),
        () => RegressionLosses.AbsoluteErrorSum(y, p, w),
        () => RegressionLosses.AbsoluteErrorMean(y, p, w),
        (o, r) => RegressionLosses.AbsoluteErrorGradient(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorWithGradient(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorWithGradient(y, p, w, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorHessian(y, p, o, r),
        (o, r) => RegressionLosses.AbsoluteErrorHessian(y, p, w, o, r));

    public static BatchCase<float> HuberF(float[] y, float[] p, float[] w, float delta) => new(
        "Huber<float>",
        i => (RegressionLosses.HuberWithGradientAndHessian(y[i], p[i], delta, out float g, out float h), g, h),
        () => RegressionLosses.HuberSum(y, p, delta),
        () => RegressionLosses.HuberMean(y, p, delta),
        () => RegressionLosses.HuberSum(y, p, delta, w),
        () => RegressionLosses.HuberMean(y, p, delta, w),
        (o, r) => RegressionLosses.HuberGradient(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberGradient(y, p, delta, w, o, r),
        (o, r) => RegressionLosses.HuberWithGradient(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberWithGradient(y, p, delta, w, o, r),
        (o, r) => RegressionLosses.HuberHessian(y, p, delta, o, r),
        (o, r) => RegressionLosses.HuberHessian(y, p, delta, w, o, r));

    public static BatchCase<float> BinaryCrossEntropyWithLogitsF(float[] y, float[] p, float[] w) => new(
        "BinaryCrossEntropyWithLogits<float>",
        i => (ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradientAndHessian(y[i], p[i], out float g, out float h), g, h),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, p),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsMean(y, p),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsSum(y, p, w),
        () => ClassificationLosses.BinaryCrossEntropyWithLogitsMean(y, p, w),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(y, p, w, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsWithGradient(y, p, w, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(y, p, o, r),
        (o, r) => ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(y, p, w, o, r));
}
