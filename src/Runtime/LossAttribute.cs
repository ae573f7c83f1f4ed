using System;

namespace LossGen;

/// <summary>
/// Declares a loss by its formula. Put it on a <c>static partial</c> method whose parameters are the formula's
/// variables; the LossGen generator implements the method and emits its derivatives beside it.
/// </summary>
/// <remarks>
/// The formula language is described in <c>docs/dsl.md</c>. For a method <c>Name</c> the generator emits
/// <c>Name</c> (the value), <c>NameGradient</c>, <c>NameHessian</c>, <c>NameWithGradient</c> and
/// <c>NameWithGradientAndHessian</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LossAttribute : Attribute
{
    /// <summary>Declares a loss.</summary>
    /// <param name="formula">The formula, e.g. <c>"r = y - p; r^2 / 2"</c>.</param>
    public LossAttribute(string formula) => Formula = formula;

    /// <summary>The formula the generator implements.</summary>
    public string Formula { get; }

    /// <summary>
    /// The parameters to differentiate with respect to, in the order the generated gradient reports them.
    /// When not set, the loss is differentiated with respect to its parameter named <c>p</c> (the prediction).
    /// </summary>
    public string[]? WithRespectTo { get; set; }
}
