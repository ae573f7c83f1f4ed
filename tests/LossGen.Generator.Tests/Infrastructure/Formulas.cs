using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Binding;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Parsing;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>Parses and binds a formula into IR for tests of the symbolic core; fails the test on any error.</summary>
internal static class Formulas
{
    public static (ExprFactory Factory, Expr Loss, Expr[] Parameters) Bind(string formula, params string[] parameters)
    {
        FormulaSyntax? syntax = Parser.Parse(formula, out FormulaDiagnostic? error);
        Assert.Null(error);
        var factory = new ExprFactory();
        var diagnostics = new List<FormulaDiagnostic>();
        BoundFormula? bound = Binder.Bind(syntax!, parameters, factory, diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        return (factory, bound!.Loss, parameters.Select((name, i) => factory.Parameter(i, name)).ToArray());
    }

    /// <summary>The number of distinct nodes a set of roots reaches: the size of the code that computes them all.</summary>
    public static int DistinctNodes(params Expr[] roots) => ExprGraph.Reachable(roots).Count;
}
