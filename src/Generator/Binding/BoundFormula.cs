using System.Collections.Generic;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Binding;

/// <summary>A formula turned into IR: the loss, the names the user gave to its parts, and which parameters it reads.</summary>
internal sealed record BoundFormula(Expr Loss, IReadOnlyDictionary<Expr, string> DefinitionNames, IReadOnlyList<bool> ParameterUsed);
