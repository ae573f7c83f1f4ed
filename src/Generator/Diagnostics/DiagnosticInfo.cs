using System.Linq;
using LossGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace LossGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as a value: cacheable in the pipeline, turned into a <see cref="Diagnostic"/> only when reported,
/// against the syntax tree of the compilation current at that moment.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, SourceSpan Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan location, params object[] arguments) =>
        new(descriptor, location, arguments.Select(a => a.ToString() ?? "").ToEquatableArray());

    public Diagnostic ToDiagnostic(SyntaxTree? tree)
    {
        Location location = tree is null ? Microsoft.CodeAnalysis.Location.None : Microsoft.CodeAnalysis.Location.Create(tree, Location.Span);
        return Diagnostic.Create(Descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
