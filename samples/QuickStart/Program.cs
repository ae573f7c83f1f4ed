using System;
using LossGen;
using QuickStart;

// Each row: the loss at one point, its generated first and second derivative with respect to p, and central finite
// differences of the generated value and gradient, which should agree to about 1e-8.
Console.WriteLine("LossGen quick start: generated derivatives against central finite differences");
Console.WriteLine();
Console.WriteLine($"{"loss",-26} {"p",6} {"value",12} {"dL/dp",12} {"fd",12} {"d2L/dp2",10} {"fd",10}");

Show("squared error (y = 1)", p => RegressionLosses.SquaredError(1.0, p), p => RegressionLosses.SquaredErrorGradient(1.0, p), p => RegressionLosses.SquaredErrorHessian(1.0, p), 0.3);
Show("absolute error (y = 1)", p => RegressionLosses.AbsoluteError(1.0, p), p => RegressionLosses.AbsoluteErrorGradient(1.0, p), p => RegressionLosses.AbsoluteErrorHessian(1.0, p), 0.3);
Show("Huber (y = 0, delta = 1)", p => RegressionLosses.Huber(0.0, p, 1.0), p => RegressionLosses.HuberGradient(0.0, p, 1.0), p => RegressionLosses.HuberHessian(0.0, p, 1.0), 0.4);
Show("Huber (y = 0, delta = 1)", p => RegressionLosses.Huber(0.0, p, 1.0), p => RegressionLosses.HuberGradient(0.0, p, 1.0), p => RegressionLosses.HuberHessian(0.0, p, 1.0), 2.5);
Show("BCE with logits (y = 1)", p => ClassificationLosses.BinaryCrossEntropyWithLogits(1.0, p), p => ClassificationLosses.BinaryCrossEntropyWithLogitsGradient(1.0, p), p => ClassificationLosses.BinaryCrossEntropyWithLogitsHessian(1.0, p), -2.0);
Show("my Huber (y = 0, delta = 1)", p => MyLosses.Huber(0.0, p, 1.0), p => MyLosses.HuberGradient(0.0, p, 1.0), p => MyLosses.HuberHessian(0.0, p, 1.0), -1.7);
Show("my log-cosh (y = 0)", p => MyLosses.LogCosh(0.0, p), p => MyLosses.LogCoshGradient(0.0, p), p => MyLosses.LogCoshHessian(0.0, p), 0.8);
Show("my pinball (y = 0, q = 0.9)", p => MyLosses.Pinball(0.0, p, 0.9), p => MyLosses.PinballGradient(0.0, p, 0.9), p => MyLosses.PinballHessian(0.0, p, 0.9), 0.5);

// The fused method returns the value and fills every derivative in one pass; this is what a gradient-boosting
// objective calls per sample.
double loss = RegressionLosses.HuberWithGradientAndHessian(0.0, 2.5, 1.0, out double gradient, out double hessian);
Console.WriteLine();
Console.WriteLine($"Huber fused at p = 2.5: value {loss}, gradient {gradient}, hessian {hessian}");

// With two variables the gradient and the Hessian's upper triangle come back as out parameters.
MyLosses.LineFitGradient(x: 2, y: 1, a: 0.5, b: 0.25, out double dL_da, out double dL_db);
MyLosses.LineFitHessian(x: 2, y: 1, a: 0.5, b: 0.25, out double d2L_da2, out double d2L_dadb, out double d2L_db2);
Console.WriteLine($"line fit at a = 0.5, b = 0.25: gradient ({dL_da}, {dL_db}), Hessian [[{d2L_da2}, {d2L_dadb}], [{d2L_dadb}, {d2L_db2}]]");

// Batch methods run the same formulas over spans in one vectorized pass: here the mean Huber loss of a million
// predictions and its gradient, in float.
const int n = 1_000_000;
var random = new Random(42);
float[] targets = new float[n], predictions = new float[n], gradients = new float[n];
for (int i = 0; i < n; i++)
{
    targets[i] = (float)random.NextDouble();
    predictions[i] = targets[i] + (float)(random.NextDouble() - 0.5) * 4;
}

double mean = RegressionLosses.HuberWithGradient(targets, predictions, 1f, gradients, Reduction.Mean);
Console.WriteLine($"batch of {n:N0}: mean Huber {mean:0.######}, gradient[0] {gradients[0]:E4} (HuberGradient / n: {RegressionLosses.HuberGradient(targets[0], predictions[0], 1f) / n:E4})");

static void Show(string name, Func<double, double> value, Func<double, double> gradient, Func<double, double> hessian, double p)
{
    const double h = 1e-5;
    double fdGradient = (value(p + h) - value(p - h)) / (2 * h);
    double fdHessian = (gradient(p + h) - gradient(p - h)) / (2 * h);
    Console.WriteLine($"{name,-26} {p,6:0.###} {value(p),12:0.########} {gradient(p),12:0.########} {fdGradient,12:0.########} {hessian(p),10:0.####} {fdHessian,10:0.####}");
}
