using System;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Thrown by the symbolic passes when a formula or its derivatives outgrow the limits that keep a build fast and its
/// stack safe; the generator turns it into diagnostic LG0012.
/// </summary>
internal sealed class ExpressionTooComplexException(string reason) : Exception(reason);
