using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using LossGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LossGen.Generator.Tests;

/// <summary>The pipeline caches: an edit that leaves a loss's model equal reruns nothing for it.</summary>
public class IncrementalTests
{
    private const string Losses = """
        using LossGen;
        public static partial class L
        {
            [Loss("r = p - y; abs(r) < 1 ? r^2 / 2 : abs(r) - 0.5")]
            public static partial double Huber(double y, double p);

            [Loss("softplus(p) - y * p")]
            public static partial double Bce(double y, double p);
        }
        """;

    private static (GeneratorDriver Driver, Compilation Compilation) RunOnce(string source)
    {
        Compilation compilation = GeneratorHarness.Compilation(source);
        return (GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation), compilation);
    }

    // Never empty: an assertion over no outputs would pass whatever the pipeline did.
    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
    {
        List<IncrementalStepRunReason> reasons = driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        return reasons;
    }

    [Fact]
    public void Rerunning_on_the_same_compilation_caches_every_step()
    {
        (GeneratorDriver driver, Compilation compilation) = RunOnce(Losses);

        driver = driver.RunGenerators(compilation.Clone());

        Assert.All(Reasons(driver, TrackingNames.Extract), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Compile), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Files), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void An_unrelated_edit_reruns_nothing_after_extraction()
    {
        (GeneratorDriver driver, Compilation compilation) = RunOnce(Losses);

        Compilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { public int X; }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);

        Assert.All(Reasons(driver, TrackingNames.Compile), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TrackingNames.Files), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Editing_one_formula_recompiles_only_that_loss()
    {
        (GeneratorDriver driver, Compilation compilation) = RunOnce(Losses);
        SyntaxTree tree = compilation.SyntaxTrees.Single();

        Compilation edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Losses.Replace("abs(r) - 0.5", "abs(r) - 1 / 2"))));
        driver = driver.RunGenerators(edited);

        List<IncrementalStepRunReason> compile = Reasons(driver, TrackingNames.Compile);
        Assert.Equal(1, compile.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, compile.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void No_step_output_holds_symbols_syntax_or_compilations()
    {
        (GeneratorDriver driver, _) = RunOnce(Losses);

        foreach (var step in driver.GetRunResult().Results.Single().TrackedSteps.Where(s => s.Key is TrackingNames.Extract or TrackingNames.Compile or TrackingNames.Files))
        {
            foreach (object value in step.Value.SelectMany(s => s.Outputs).Select(o => o.Value))
            {
                AssertNoRoslynObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Key);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree, $"{path} holds a {value.GetType().Name}");

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, visited, $"{path}[{i++}]");
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            // DiagnosticDescriptor is a static catalogue entry, not per-compilation state.
            if (field.FieldType != typeof(DiagnosticDescriptor))
            {
                AssertNoRoslynObjects(field.GetValue(value), visited, $"{path}.{field.Name}");
            }
        }
    }
}
