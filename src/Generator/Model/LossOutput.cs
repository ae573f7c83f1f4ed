using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;

namespace LossGen.Generator.Model;

/// <summary>What the generator produced for one [Loss] method: its members' source (empty on error) and its diagnostics.</summary>
/// <param name="ContainingType">The type whose generated file receives the members.</param>
/// <param name="SortKey">Orders the members in that file the same way on every build.</param>
/// <param name="MemberSource">The generated members, indented for their place in the file.</param>
/// <param name="KernelSource">The batch kernel structs, file-local types for the kernel namespace.</param>
/// <param name="Diagnostics">Everything found wrong, or worth a warning.</param>
internal sealed record LossOutput(TypeChain ContainingType, string SortKey, string MemberSource, string KernelSource, EquatableArray<DiagnosticInfo> Diagnostics);
