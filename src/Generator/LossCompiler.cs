using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LossGen.Generator.Binding;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Emit;
using LossGen.Generator.Helpers;
using LossGen.Generator.Model;
using LossGen.Generator.Parsing;
using LossGen.Generator.Symbolic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator;

/// <summary>
/// Turns one <see cref="LossMethodModel"/> into generated members: parse, bind to IR, differentiate, emit. Pure and
/// deterministic, so the pipeline caches it on the model's value. Never throws but for cancellation: failures
/// become diagnostics on the method.
/// </summary>
internal static class LossCompiler
{
    public static LossOutput Compile(LossMethodModel model, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>(model.Diagnostics);
        (string Members, string Kernels) source = ("", "");
        try
        {
            if (!diagnostics.Any(IsError))
            {
                source = CompileFormula(model, diagnostics, cancellationToken) ?? source;
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is ExpressionTooComplexException or InsufficientExecutionStackException)
        {
            string reason = e is ExpressionTooComplexException ? e.Message : "deeply nested for the compiler's stack";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FormulaTooComplex, model.Formula.Map(new TextSpan(0, model.Formula.Text.Length)), reason));
        }
        catch (Exception e)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, model.Location, model.Name, $"{e.GetType().Name}: {e.Message}"));
        }

        return new LossOutput(model.ContainingType, SortKey(model), source.Members, source.Kernels, diagnostics.ToEquatableArray());
    }

    private static (string Members, string Kernels)? CompileFormula(LossMethodModel model, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        void Report(FormulaDiagnostic d) =>
            diagnostics.Add(DiagnosticInfo.Create(d.Descriptor, model.Formula.Map(d.Span), d.Arguments));

        FormulaSyntax? syntax = Parser.Parse(model.Formula.Text, out FormulaDiagnostic? syntaxError);
        if (syntax is null)
        {
            Report(syntaxError!);
            return null;
        }

        var factory = new ExprFactory();
        var formulaDiagnostics = new List<FormulaDiagnostic>();
        BoundFormula? formula = Binder.Bind(syntax, model.Parameters.Select(p => p.Name).ToList(), factory, formulaDiagnostics);
        formulaDiagnostics.ForEach(Report);
        if (formula is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        Expr[] variables = model.Variables.Select(v => factory.Parameter(v.ParameterIndex, v.Name)).ToArray();
        LossDerivatives derivatives = LossDerivatives.Build(factory, formula.Loss, variables, formula.DefinitionNames, cancellationToken);
        ReportUnusedParameters(model, formula, diagnostics);
        ReportVanishingGradients(model, derivatives, diagnostics);

        LossDerivatives code = derivatives.WithSharedProducts(factory, cancellationToken);
        int indent = SourceFileEmitter.MemberIndentLevel(model.ContainingType);
        string scalar = LossMemberEmitter.Emit(model, derivatives, code, indent);
        if (!model.EmitsBatch)
        {
            return (scalar, "");
        }

        // The batch kernels read two more inputs than the formula: the sample's weight and the reduction's scale.
        string weights = FreeName("weights", model), scale = FreeName("scale", model);
        Expr scaleParameter = factory.Parameter(model.Parameters.Count + 1, scale);
        var invariants = new LoopInvariants(factory, p => p == scaleParameter || (p.ParameterIndex < model.Parameters.Count && model.Parameters[p.ParameterIndex].IsBroadcast));
        ParameterDomains domains = Domains(model);
        IReadOnlyList<BatchKernel> kernels = BatchKernel.Build(
            factory, derivatives, factory.Parameter(model.Parameters.Count, weights), scaleParameter, invariants, domains, cancellationToken);
        (string batchMembers, string batchKernels) = BatchEmitter.Emit(model, kernels, invariants, domains, weights, scale, indent);
        return (scalar + batchMembers, batchKernels);
    }

    // The greatest lower bound each required parameter is checked against; a parameter with only upper bounds is still never NaN.
    private static ParameterDomains Domains(LossMethodModel model)
    {
        var lowerBounds = new Dictionary<int, double?>();
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            EquatableArray<Requirement> requirements = model.Parameters[i].Requirements;
            if (requirements.Count > 0)
            {
                lowerBounds.Add(i, requirements.Select(r => r.LowerBound).Max());
            }
        }

        return new ParameterDomains(lowerBounds);
    }

    private static void ReportUnusedParameters(LossMethodModel model, BoundFormula formula, List<DiagnosticInfo> diagnostics)
    {
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            // An unused differentiation variable is reported once, by ReportVanishingGradients.
            if (!formula.ParameterUsed[i] && !model.Variables.Any(v => v.ParameterIndex == i))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedParameter, model.Parameters[i].Location, model.Parameters[i].Name, model.Name));
            }
        }
    }

    private static void ReportVanishingGradients(LossMethodModel model, LossDerivatives derivatives, List<DiagnosticInfo> diagnostics)
    {
        for (int i = 0; i < model.Variables.Count; i++)
        {
            if (derivatives.Gradient[i].IsConstant(0))
            {
                DifferentiationVariable variable = model.Variables[i];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LossIndependentOfVariable, variable.Location, model.Name, variable.Name));
            }
        }
    }

    private static string FreeName(string name, LossMethodModel model)
    {
        while (model.Parameters.Any(p => p.Name == name))
        {
            name += "_";
        }

        return name;
    }

    private static bool IsError(DiagnosticInfo diagnostic) => diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    // Overloads share a name; the parameter types tell them apart and order them the same way on every build.
    private static string SortKey(LossMethodModel model) => $"{model.Name}({model.ScalarType}, {model.Parameters.Count})";
}
