namespace LossGen.Functional.Tests;

/// <summary>An operator loss, the interval it is tested on, and the points where it is not smooth (kept away from).</summary>
public sealed record OperatorCase(string Name, double From, double To, params double[] Kinks);

public static class OperatorCases
{
    public static readonly OperatorCase[] All =
    [
        new("Arithmetic", -3, 3),
        new("Quotient", -4, 4),
        new("ConstantPower", 0.05, 5),
        new("VariableExponent", -4, 4),
        new("Pow", 0.1, 3),
        new("Abs", -4, 4, 0),
        new("Sign", -4, 4, 0),
        new("Sqrt", 0.01, 9),
        new("Exp", -4, 4),
        new("Log", 0.01, 9),
        new("Log1p", -4, 4),
        new("Expm1", -5, 5),
        new("Sigmoid", -20, 20),
        new("Softplus", -30, 30),
        new("Tanh", -5, 5),
        new("SinhCosh", -4, 4),
        new("Square", -4, 4),
        new("MinMax", -3, 3, -0.7, 0.7),
        new("Clamp", -3, 3, -1, 1),
        new("Conditional", -3, 3, 0.7),
        new("Logic", -3, 3, -1, 0, 1),
        new("Comparisons", -7, 3, 0, 1, -5, -6),
        new("Definitions", -1, 6),
        new("NestedSigmoid", -5, 5),
    ];

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (OperatorCase c in All)
            {
                names.Add(c.Name);
            }

            return names;
        }
    }
}
