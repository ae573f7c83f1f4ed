using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;

namespace LossGen.Generator.Model;

/// <summary>A parameter of a [Loss] method: a variable of the formula.</summary>
/// <param name="Name">The name, as the formula uses it.</param>
/// <param name="Location">The parameter in the method's signature.</param>
/// <param name="IsBroadcast">One value for a whole batch (listed in Broadcast), rather than one per sample.</param>
/// <param name="Requirements">The conditions of the Requires list on this parameter (only broadcast parameters have any).</param>
internal sealed record ParameterModel(string Name, SourceSpan Location, bool IsBroadcast = false, EquatableArray<Requirement> Requirements = default);
