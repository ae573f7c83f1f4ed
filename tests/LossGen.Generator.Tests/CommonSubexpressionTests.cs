using System.Linq;
using LossGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LossGen.Generator.Tests;

/// <summary>
/// The fused methods compute each subexpression once and stay small: the emitted C# is parsed back and every operator,
/// call and conditional in a method body is counted.
/// </summary>
public class CommonSubexpressionTests
{
    private const string TenLevels = "sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(sigmoid(p))))))))))";

    private static string Generate(string formula, string parameters, string attributeTail = "")
    {
        GeneratorRun run = GeneratorHarness.Run($$"""
            using LossGen;
            public static partial class L
            {
                [Loss("{{formula}}"{{attributeTail}})]
                public static partial double F({{parameters}});
            }
            """);
        Assert.Empty(run.GeneratorDiagnostics);
        return run.Source("L.g.cs");
    }

    [Theory]
    // formula, parameters, most operations allowed in the fused value + gradient + Hessian method
    [InlineData("r = y - p; abs(r) <= delta ? r^2/2 : delta*(abs(r) - delta/2)", "double y, double p, double delta", 16)]
    [InlineData("softplus(p) - y * p", "double y, double p", 8)]
    [InlineData(TenLevels, "double p", 100)]
    public void Fused_methods_have_no_repeated_subexpression_and_a_bounded_size(string formula, string parameters, int maxOperations)
    {
        string source = Generate(formula, parameters);

        foreach (string name in new[] { "F", "FGradient", "FHessian", "FWithGradient", "FWithGradientAndHessian" })
        {
            MethodDeclarationSyntax method = MethodBodies.Method(source, name);
            Assert.Empty(MethodBodies.Repeated(method));
            Assert.Empty(MethodBodies.UnusedLocals(method));
        }

        int operations = MethodBodies.Operations(MethodBodies.Method(source, "FWithGradientAndHessian")).Count;
        Assert.InRange(operations, 1, maxOperations);
    }

    [Fact]
    public void Ten_nested_levels_cost_a_constant_number_of_operations_per_level()
    {
        int Size(int levels)
        {
            string formula = "p";
            for (int i = 0; i < levels; i++)
            {
                formula = $"sigmoid({formula})";
            }

            return MethodBodies.Operations(MethodBodies.Method(Generate(formula, "double p"), "FWithGradientAndHessian")).Count;
        }

        int five = Size(5), ten = Size(10), twenty = Size(20);

        // Linear growth: doubling the depth adds as much as the previous doubling did, give or take a few operations.
        Assert.InRange((twenty - ten) - 2 * (ten - five), -4, 4);
    }

    [Fact]
    public void No_temporary_is_left_unused_even_in_a_large_formula()
    {
        string source = Generate(
            "d = a - b; m = max(d, 0) + min(d, 0); d > 0 ? sqrt(1 + d^2) * exp(-d) / (2 + log1p(d^2)) : tanh(d) - sinh(d) * cosh(d) + expm1(m) + sigmoid(d) * sign(d)",
            "double a, double b",
            ", WithRespectTo = [\"a\", \"b\"]");

        foreach (MethodDeclarationSyntax method in Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            Assert.Empty(MethodBodies.UnusedLocals(method));
        }
    }
}
