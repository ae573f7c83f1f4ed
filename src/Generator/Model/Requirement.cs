using LossGen.Generator.Diagnostics;

namespace LossGen.Generator.Model;

/// <summary>How a required parameter compares with its bound.</summary>
internal enum BoundKind
{
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}

/// <summary>
/// One condition of the Requires list, normalized to <c>parameter kind bound</c> (<c>0 &lt; delta</c> becomes
/// <c>delta &gt; 0</c>). Batch methods check it once per call; the vector code may rely on it.
/// </summary>
/// <param name="Kind">The comparison.</param>
/// <param name="Bound">The number the parameter is compared with.</param>
/// <param name="Text">The condition as the user wrote it, for the exception message.</param>
/// <param name="Location">The condition's string literal.</param>
internal sealed record Requirement(BoundKind Kind, double Bound, string Text, SourceSpan Location)
{
    /// <summary>The parameter is never NaN and at least <see cref="Bound"/> (more when strict); null for an upper bound.</summary>
    public double? LowerBound => Kind is BoundKind.Greater or BoundKind.GreaterOrEqual ? Bound : null;
}
