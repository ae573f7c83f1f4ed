using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;
using LossGen.Generator.Model;
using LossGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Tests;

/// <summary>The generator never throws: not on half-typed code, not on random formulas, not on its own bugs.</summary>
public class RobustnessTests
{
    private const string Declaration =
        "[Loss(\"r = y - p; abs(r) <= delta ? r^2/2 : delta*(abs(r) - delta/2)\", WithRespectTo = [\"p\", \"delta\"])] public static partial double F(double y, double p, double delta);";

    [Fact]
    public void Every_prefix_of_a_declaration_being_typed_is_handled()
    {
        for (int length = 0; length <= Declaration.Length; length++)
        {
            // GeneratorHarness.Run fails the test if the generator threw.
            GeneratorHarness.Run($"using LossGen;\npublic static partial class L\n{{\n{Declaration.Substring(0, length)}\n}}\n");
        }
    }

    private static readonly string[] s_tokens =
    [
        "p", "y", "q", "r", "delta", "1", "0.5", "1e-7", ".5", "pi", "(", ")", "+", "-", "*", "/", "^", ",", "?", ":", "<", "<=",
        "==", "!=", "&&", "||", "!", ";", "=", "[", "]", "abs(", "max(", "clamp(", "sqrt(", "log(", "exp(", "sigmoid(", "softplus(",
        "sum(", "foo(", " ", "#",
    ];

    [Fact]
    public void Random_formulas_give_diagnostics_or_code_that_parses_never_an_exception()
    {
        Gen<string> formulas = Gen.Int[0, s_tokens.Length - 1].Array[1, 24].Select(indices => string.Concat(indices.Select(i => s_tokens[i])));

        formulas.Sample(formula =>
        {
            LossOutput output = LossCompiler.Compile(Model(formula), CancellationToken.None);

            Assert.DoesNotContain(output.Diagnostics, d => d.Descriptor.Id == "LG9999");
            bool failed = output.Diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            Assert.Equal(failed, output.MemberSource.Length == 0);
            if (!failed)
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText($"static partial class L {{\n{output.MemberSource}}}");
                Assert.Empty(tree.GetDiagnostics());
            }
        }, iter: 3000);
    }

    [Fact]
    public void An_unexpected_failure_becomes_LG9999_naming_the_method()
    {
        LossMethodModel broken = Model("p") with { Formula = null! };

        LossOutput output = LossCompiler.Compile(broken, CancellationToken.None);

        DiagnosticInfo diagnostic = Assert.Single(output.Diagnostics);
        Assert.Equal("LG9999", diagnostic.Descriptor.Id);
        Assert.Equal("F", diagnostic.Arguments[0]);
        Assert.Empty(output.MemberSource);
    }

    [Fact]
    public void Cancellation_is_not_swallowed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => LossCompiler.Compile(Model("exp(p) * y"), cancelled.Token));
    }

    private static LossMethodModel Model(string formula)
    {
        SourceSpan location = new("Test.cs", new TextSpan(0, 1));
        string[] names = ["y", "p", "delta"];
        return new LossMethodModel(
            new TypeChain(null, new[] { new ContainingType("class", "L", "") }.ToEquatableArray()),
            "F",
            "public static partial",
            "public",
            ScalarType.Double,
            names.Select(n => new ParameterModel(n, location)).ToEquatableArray(),
            new FormulaSource(formula, "Test.cs", EquatableArray<int>.Empty, new TextSpan(0, 1)),
            new[] { new DifferentiationVariable(1, "p", location) }.ToEquatableArray(),
            location,
            EmitsBatch: true,
            EquatableArray<DiagnosticInfo>.Empty);
    }
}
