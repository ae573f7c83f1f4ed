using System.Linq;
using LossGen.Generator.Tests.Infrastructure;

namespace LossGen.Generator.Tests;

/// <summary>Snapshots of the generated code for representative losses; each must also compile without a warning.</summary>
public class EmitterTests
{
    private static string Generate(string source, string hintName)
    {
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return run.Source(hintName);
    }

    [Fact]
    public void Huber_as_in_the_readme()
    {
        string source = """
            using LossGen;

            namespace MyApp;

            public static partial class MyLosses
            {
                [Loss("r = y - p; abs(r) <= delta ? r^2/2 : delta*(abs(r) - delta/2)")]
                public static partial double Huber(double y, double p, double delta);
            }
            """;

        Snapshot.Verify(Generate(source, "MyApp.MyLosses.g.cs"), "MyApp.MyLosses.g.cs");
    }

    [Fact]
    public void Huber_in_float_with_a_broadcast_delta_required_positive()
    {
        string source = """
            using LossGen;

            public static partial class Robust
            {
                [Loss("r = p - y; abs(r) < delta ? r^2 / 2 : delta * (abs(r) - delta / 2)", Broadcast = ["delta"], Requires = ["delta > 0"])]
                public static partial float Huber(float y, float p, float delta);
            }
            """;

        Snapshot.Verify(Generate(source, "Robust.g.cs"), "Robust.g.cs");
    }

    [Fact]
    public void Binary_cross_entropy_with_logits_in_float()
    {
        string source = """
            using LossGen;

            public static partial class Classification
            {
                [Loss("softplus(p) - y * p")]
                internal static partial float Bce(float y, float p);
            }
            """;

        Snapshot.Verify(Generate(source, "Classification.g.cs"), "Classification.g.cs");
    }

    [Fact]
    public void Two_variables_give_a_gradient_and_a_full_hessian()
    {
        string source = """
            using LossGen;

            namespace Fitting;

            public static partial class Lines
            {
                [Loss("e = a * x + b - y; e^2 / 2", WithRespectTo = ["a", "b"])]
                public static partial double SquaredResidual(double x, double y, double a, double b);
            }
            """;

        Snapshot.Verify(Generate(source, "Fitting.Lines.g.cs"), "Fitting.Lines.g.cs");
    }

    [Fact]
    public void Nested_generic_types_keyword_names_and_every_operator()
    {
        string source = """
            using LossGen;

            namespace Deep.Space
            {
                public partial class Outer<T>
                {
                    internal partial record struct Inner
                    {
                        [Loss(
                            "d = in - base; w = clamp(d, -1, 1); m = max(d, 0) + min(d, 0); "
                                + "(d > 0 && w != 1) || !(m == 0) "
                                + "? sqrt(1 + d^2) * exp(-d) / (2 + log1p(d^2)) "
                                + ": tanh(d) - sinh(w) * cosh(w) + expm1(m) + sigmoid(d) * sign(d) + pow(abs(d) + 1, 1.5) + log(2 + d^4) + softplus(-d)",
                            WithRespectTo = ["in", "base"])]
                        private static partial double Everything(double @in, double @base);
                    }
                }
            }
            """;

        Snapshot.Verify(Generate(source, "Deep.Space.Outer_T_.Inner.g.cs"), "Deep.Space.Outer_T_.Inner.g.cs");
    }

    [Fact]
    public void Parameter_and_definition_names_never_clash_with_generated_ones()
    {
        // Every name the batch methods and kernels use for themselves, taken by the user.
        string source = """
            using LossGen;
            public static partial class L
            {
                [Loss("_p = p * 2; _kernel = kernel; _kernel * _p + total * reduction + i * dL_dp + weights * scale + t1 + c1",
                    Broadcast = ["total"])]
                public static partial double F(double kernel, double total, double reduction, double i, double dL_dp, double weights, double scale, double t1, double c1, double p);
            }
            """;

        GeneratorRun run = GeneratorHarness.Run(source);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Output_is_byte_identical_for_identical_input()
    {
        string source = """
            using LossGen;
            public static partial class L
            {
                [Loss("r = p - y; abs(r) < 1 ? r^2 / 2 : abs(r) - 0.5")]
                public static partial double A(double y, double p);
                [Loss("softplus(p) - y * p")]
                public static partial float B(float y, float p);
            }
            """;

        string[] runs = Enumerable.Range(0, 3).Select(_ => GeneratorHarness.Run(source).Source("L.g.cs")).ToArray();

        Assert.All(runs, text => Assert.Equal(runs[0], text));
    }

    [Fact]
    public void Losses_of_one_type_share_one_file_in_a_stable_order()
    {
        string first = """
            using LossGen;
            public static partial class L { [Loss("p^2")] public static partial double Zeta(double p); }
            """;
        string second = """
            using LossGen;
            public static partial class L { [Loss("abs(p)")] public static partial double Alpha(double p); }
            """;

        string forward = GeneratorHarness.Run(first, second).Source("L.g.cs");
        string backward = GeneratorHarness.Run(second, first).Source("L.g.cs");

        Assert.Equal(forward, backward);
        Assert.True(forward.IndexOf("Alpha(double p)", System.StringComparison.Ordinal) < forward.IndexOf("Zeta(double p)", System.StringComparison.Ordinal));
    }
}
