using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;

namespace LossGen.Generator.Model;

/// <summary>
/// Everything the generator needs to know about one [Loss] method, as values: no symbols or syntax, so the pipeline
/// skips all later work when an edit leaves it equal.
/// </summary>
/// <param name="ContainingType">Where the method is declared.</param>
/// <param name="Name">The method name.</param>
/// <param name="Modifiers">The declaration's modifiers as written, repeated on the implementation.</param>
/// <param name="Accessibility">The accessibility keywords given to the generated derivative methods.</param>
/// <param name="ScalarType">The type of every parameter and of the result.</param>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="Formula">The formula and its position in the source.</param>
/// <param name="Variables">The differentiation variables, in the order the gradient reports them.</param>
/// <param name="Location">The method name, where method-level diagnostics go.</param>
/// <param name="EmitsBatch">Whether to generate the batch methods (their kernels need C# 13).</param>
/// <param name="Diagnostics">Problems found in the declaration; when any is an error, nothing is generated.</param>
internal sealed record LossMethodModel(
    TypeChain ContainingType,
    string Name,
    string Modifiers,
    string Accessibility,
    ScalarType ScalarType,
    EquatableArray<ParameterModel> Parameters,
    FormulaSource Formula,
    EquatableArray<DifferentiationVariable> Variables,
    SourceSpan Location,
    bool EmitsBatch,
    EquatableArray<DiagnosticInfo> Diagnostics);
