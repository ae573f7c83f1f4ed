using LossGen.Generator.Diagnostics;

namespace LossGen.Generator.Model;

/// <summary>A parameter of a [Loss] method: a variable of the formula.</summary>
internal sealed record ParameterModel(string Name, SourceSpan Location);
