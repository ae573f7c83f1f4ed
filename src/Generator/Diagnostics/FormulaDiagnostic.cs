using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Diagnostics;

/// <summary>A diagnostic located in the formula's own text; mapped to the source file once the formula's position is known.</summary>
internal sealed record FormulaDiagnostic(DiagnosticDescriptor Descriptor, TextSpan Span, params object[] Arguments);
