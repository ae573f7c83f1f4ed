namespace LossGen.Functional.Tests;

/// <summary>
/// One loss per operator and function of the formula language, in double and in float (suffix F), compiled by the real
/// generator. <see cref="OperatorCases"/> lists each with the interval it is tested on and its non-smooth points.
/// </summary>
public static partial class OperatorLosses
{
    [Loss("3*p^3 - p/0.7 + 2 - -p")]
    public static partial double Arithmetic(double p);

    [Loss("3*p^3 - p/0.7 + 2 - -p")]
    public static partial float ArithmeticF(float p);

    [Loss("0.7 / (1 + p^2)")]
    public static partial double Quotient(double p);

    [Loss("0.7 / (1 + p^2)")]
    public static partial float QuotientF(float p);

    [Loss("p^0.7")]
    public static partial double ConstantPower(double p);

    [Loss("p^0.7")]
    public static partial float ConstantPowerF(float p);

    [Loss("0.7^p")]
    public static partial double VariableExponent(double p);

    [Loss("0.7^p")]
    public static partial float VariableExponentF(float p);

    [Loss("pow(p, p)")]
    public static partial double Pow(double p);

    [Loss("pow(p, p)")]
    public static partial float PowF(float p);

    [Loss("abs(p) * 2")]
    public static partial double Abs(double p);

    [Loss("abs(p) * 2")]
    public static partial float AbsF(float p);

    [Loss("sign(p) * p^2")]
    public static partial double Sign(double p);

    [Loss("sign(p) * p^2")]
    public static partial float SignF(float p);

    [Loss("sqrt(p)")]
    public static partial double Sqrt(double p);

    [Loss("sqrt(p)")]
    public static partial float SqrtF(float p);

    [Loss("exp(-p^2 / 2)")]
    public static partial double Exp(double p);

    [Loss("exp(-p^2 / 2)")]
    public static partial float ExpF(float p);

    [Loss("log(p)")]
    public static partial double Log(double p);

    [Loss("log(p)")]
    public static partial float LogF(float p);

    [Loss("log1p(p^2)")]
    public static partial double Log1p(double p);

    [Loss("log1p(p^2)")]
    public static partial float Log1pF(float p);

    [Loss("expm1(p) / 0.7")]
    public static partial double Expm1(double p);

    [Loss("expm1(p) / 0.7")]
    public static partial float Expm1F(float p);

    [Loss("sigmoid(0.7 * p)")]
    public static partial double Sigmoid(double p);

    [Loss("sigmoid(0.7 * p)")]
    public static partial float SigmoidF(float p);

    [Loss("softplus(p)")]
    public static partial double Softplus(double p);

    [Loss("softplus(p)")]
    public static partial float SoftplusF(float p);

    [Loss("tanh(p)")]
    public static partial double Tanh(double p);

    [Loss("tanh(p)")]
    public static partial float TanhF(float p);

    [Loss("sinh(p) * cosh(p / 2)")]
    public static partial double SinhCosh(double p);

    [Loss("sinh(p) * cosh(p / 2)")]
    public static partial float SinhCoshF(float p);

    [Loss("square(p - 0.7)")]
    public static partial double Square(double p);

    [Loss("square(p - 0.7)")]
    public static partial float SquareF(float p);

    [Loss("max(p, 0.7) - min(p, -0.7)")]
    public static partial double MinMax(double p);

    [Loss("max(p, 0.7) - min(p, -0.7)")]
    public static partial float MinMaxF(float p);

    [Loss("clamp(p, -1, 1) * p")]
    public static partial double Clamp(double p);

    [Loss("clamp(p, -1, 1) * p")]
    public static partial float ClampF(float p);

    [Loss("p > 0.7 ? log(p) : p^2 - 0.49 + log(0.7)")]
    public static partial double Conditional(double p);

    [Loss("p > 0.7 ? log(p) : p^2 - 0.49 + log(0.7)")]
    public static partial float ConditionalF(float p);

    [Loss("(p > 0 && p < 1) || !(p > -1) ? p^3 : 2 * p")]
    public static partial double Logic(double p);

    [Loss("(p > 0 && p < 1) || !(p > -1) ? p^3 : 2 * p")]
    public static partial float LogicF(float p);

    [Loss("p >= 0 ? (p <= 1 ? p : 1 + (p - 1)^2) : (p == -5 ? 0 : p != -6 ? -p^2 : 7)")]
    public static partial double Comparisons(double p);

    [Loss("p >= 0 ? (p <= 1 ? p : 1 + (p - 1)^2) : (p == -5 ? 0 : p != -6 ? -p^2 : 7)")]
    public static partial float ComparisonsF(float p);

    [Loss("r = p - pi; s = r^2; s * exp(-s)")]
    public static partial double Definitions(double p);

    [Loss("r = p - pi; s = r^2; s * exp(-s)")]
    public static partial float DefinitionsF(float p);

    [Loss("sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(p))))))))))")]
    public static partial double NestedSigmoid(double p);

    [Loss("sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(p))))))))))")]
    public static partial float NestedSigmoidF(float p);
}
