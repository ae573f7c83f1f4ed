namespace LossGen.Generator.Emit;

/// <summary>Operator binding strength, loosest first; shared by C# and the formula notation, whose orders agree.</summary>
internal enum Precedence
{
    Conditional,
    Or,
    And,
    Comparison,
    Additive,
    Multiplicative,
    Unary,

    /// <summary>Formula notation only: ^ binds tighter than unary minus (-x^2 is -(x^2)).</summary>
    Power,
    Primary,
}
