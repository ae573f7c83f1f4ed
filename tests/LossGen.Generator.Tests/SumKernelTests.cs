using LossGen.Generator.Tests.Infrastructure;

namespace LossGen.Generator.Tests;

/// <summary>When the derivatives of a sum get a kernel of their own, which leaves out the multiplication by the scale.</summary>
public class SumKernelTests
{
    private static string Generate(string attribute, string parameters)
    {
        string source = $$"""
            using LossGen;

            public static partial class Losses
            {
                [{{attribute}}]
                public static partial float L({{parameters}});
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return run.Source("Losses.g.cs");
    }

    [Fact]
    public void A_scale_that_would_cost_a_multiplication_gets_a_kernel_of_the_sum()
    {
        // The gradient is scale sign(p - y).
        string code = Generate("""Loss("abs(p - y)")""", "float y, float p");

        foreach (string kind in new[] { "Gradient", "ValueAndGradient", "WeightedGradient", "WeightedValueAndGradient" })
        {
            Assert.Contains($"file ref struct LSingle{kind}OfSumKernel", code);
        }

        Assert.Contains("if (reduction == global::LossGen.Reduction.Sum)", code);
    }

    [Fact]
    public void A_scale_that_merges_with_a_constant_factor_does_not()
    {
        // The gradient is 2 delta scale (p - y): 2 delta scale is computed once per batch, so the sum saves nothing.
        string code = Generate("""Loss("delta * (p - y)^2", Broadcast = ["delta"])""", "float y, float p, float delta");

        Assert.DoesNotContain("OfSumKernel", code);
        Assert.DoesNotContain("if (reduction == global::LossGen.Reduction.Sum)", code);
    }
}
