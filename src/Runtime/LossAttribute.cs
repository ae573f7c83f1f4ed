using System;

namespace LossGen;

/// <summary>
/// Declares a loss by its formula. Put it on a <c>static partial</c> method whose parameters are the formula's
/// variables; the LossGen generator implements the method and emits its derivatives beside it.
/// </summary>
/// <remarks>
/// The formula language is described in <c>docs/dsl.md</c>. For a method <c>Name</c> the generator emits
/// <c>Name</c> (the value), <c>NameGradient</c>, <c>NameHessian</c>, <c>NameWithGradient</c> and
/// <c>NameWithGradientAndHessian</c>, and batch methods over spans: <c>NameSum</c>, <c>NameMean</c>, and span
/// overloads of <c>NameGradient</c>, <c>NameWithGradient</c> and <c>NameHessian</c> (docs/batch.md).
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

    /// <summary>
    /// The parameters that stay scalars in the generated batch methods, one value for the whole batch (hyper-parameters
    /// such as Huber's <c>delta</c>). Every other parameter becomes a span with one element per sample. A
    /// differentiation variable cannot be broadcast.
    /// </summary>
    public string[]? Broadcast { get; set; }

    /// <summary>
    /// Conditions on broadcast parameters, each a parameter compared with a number (<c>"delta &gt; 0"</c>). The batch
    /// methods check them once per call and throw <see cref="System.ArgumentOutOfRangeException"/> when one fails (NaN
    /// fails all); in exchange their vector code may use forms that equal the formula only under these conditions,
    /// such as <c>clamp(r, -delta, delta)</c> for Huber's gradient. The scalar methods evaluate the formula as written
    /// for any value.
    /// </summary>
    public string[]? Requires { get; set; }
}
