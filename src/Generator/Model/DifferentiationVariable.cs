using LossGen.Generator.Diagnostics;

namespace LossGen.Generator.Model;

/// <summary>A parameter the loss is differentiated with respect to, and where the user named it.</summary>
internal sealed record DifferentiationVariable(int ParameterIndex, string Name, SourceSpan Location);
