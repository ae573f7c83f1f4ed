using System.Linq;
using LossGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Tests;

/// <summary>Every diagnostic, by id and exact span, through the real generator driver. Markup: {|LG0002:q|}.</summary>
public class DiagnosticTests
{
    private static void AssertDiagnostics(string markup)
    {
        (string source, var expected) = Markup.Parse(markup);

        GeneratorRun run = GeneratorHarness.Run(source);

        var actual = run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(d => d.SourceSpan.Start).ThenBy(d => d.Id).ToList();
        Assert.Equal(expected.OrderBy(d => d.Span.Start).ThenBy(d => d.Id).ToList(), actual);
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(LocationKind.SourceFile, d.Location.Kind));
    }

    private static string Message(string source) => Assert.Single(GeneratorHarness.Run(source).GeneratorDiagnostics).GetMessage();

    private static string Loss(string formula, string parameters = "double y, double p", string attributeTail = "") => $$"""
        using LossGen;

        public static partial class Losses
        {
            [Loss({{formula}}{{attributeTail}})]
            public static partial double F({{parameters}});
        }
        """;

    [Theory]
    [InlineData("\"(p - y{|LG0001:|}\"")]
    [InlineData("\"p {|LG0001:$|} y\"")]
    [InlineData("\"{|LG0001:|}\"")]
    [InlineData("\"p + {|LG0001:abs|}\"")]
    public void LG0001_syntax_errors(string formula) => AssertDiagnostics(Loss(formula));

    [Fact]
    public void LG0002_unknown_names_suggest_the_nearest_parameter()
    {
        AssertDiagnostics(Loss("\"abs(y - {|LG0002:q|})\""));
        Assert.Equal("'q' is not a parameter or an earlier definition; did you mean 'p'?", Message(Loss("\"abs(y - q)\"")));
        Assert.Equal("'zzz' is not a parameter or an earlier definition", Message(Loss("\"zzz * p - y\"")));
    }

    [Fact]
    public void LG0002_reports_every_unknown_name()
    {
        AssertDiagnostics(Loss("\"{|LG0002:a|} + p * {|LG0002:b|} - y\""));
    }

    [Fact]
    public void LG0003_unknown_functions_list_the_functions()
    {
        AssertDiagnostics(Loss("\"{|LG0003:sqr|}(p - y)\""));
        string message = Message(Loss("\"sqr(p - y)\""));
        Assert.StartsWith("'sqr' is not a function; the functions are abs, clamp, cosh, exp, expm1,", message);
        Assert.EndsWith("(did you mean 'sqrt'?)", message);
    }

    [Fact]
    public void LG0004_wrong_argument_counts()
    {
        AssertDiagnostics(Loss("\"{|LG0004:max(p)|} - y\""));
        Assert.Equal("'max' takes 2 arguments, but 1 was given", Message(Loss("\"max(p) - y\"")));
        Assert.Equal("'abs' takes 1 argument, but 2 were given", Message(Loss("\"abs(p, y)\"")));
    }

    [Theory]
    [InlineData("\"({|LG0005:p < y|}) + 1\"")]
    [InlineData("\"{|LG0005:p < y + 1|}\"")]
    [InlineData("\"{|LG0005:p|} ? 1 : y\"")]
    [InlineData("\"p > 0 && {|LG0005:y|} ? p : y\"")]
    [InlineData("\"!{|LG0005:p|} ? y : p\"")]
    public void LG0005_conditions_and_numbers_do_not_mix(string formula) => AssertDiagnostics(Loss(formula));

    [Theory]
    [InlineData("public partial class L { [Loss(\"p\")] public partial double {|LG0006:F|}(double p); }")]
    [InlineData("public static partial class L { [Loss(\"p\")] public static double {|LG0006:F|}(double p) => p; }")]
    [InlineData("public static partial class L { static void M() { [Loss(\"p\")] static double {|LG0006:G|}(double p) => p; } }")]
    public void LG0006_only_static_partial_declarations(string declaration) => AssertDiagnostics("using LossGen;\n" + declaration);

    [Theory]
    [InlineData("public static partial int {|LG0007:F|}(int p);")]
    [InlineData("public static partial double {|LG0007:F|}(float y, double p);")]
    [InlineData("public static partial double {|LG0007:F|}(double y, ref double p);")]
    [InlineData("public static partial double {|LG0007:F|}<T>(double p);")]
    public void LG0007_unsupported_signatures(string declaration) =>
        AssertDiagnostics($"using LossGen;\npublic static partial class L {{ [Loss(\"p\")] {declaration} }}");

    [Fact]
    public void LG0008_differentiation_variables_must_be_parameters()
    {
        AssertDiagnostics(Loss("\"p - y\"", attributeTail: ", WithRespectTo = [\"p\", \"{|LG0008:q|}\"]"));
        Assert.Equal("'q' in WithRespectTo is not a parameter of 'F'; did you mean 'p'?", Message(Loss("\"p - y\"", attributeTail: ", WithRespectTo = [\"q\"]")));
    }

    [Fact]
    public void LG0009_a_loss_without_p_must_name_its_variables()
    {
        AssertDiagnostics(Loss("\"x - y\"").Replace("double F(double y, double p)", "double {|LG0009:F|}(double x, double y)"));
        AssertDiagnostics(Loss("\"p - y\"", attributeTail: ", WithRespectTo = {|LG0009:[]|}"));
    }

    [Fact]
    public void LG0010_unused_parameters_warn_on_the_parameter()
    {
        AssertDiagnostics(Loss("\"p - y\"", parameters: "double y, double p, double {|LG0010:unused|}"));
    }

    [Fact]
    public void LG0011_a_loss_that_does_not_depend_on_its_variable_warns()
    {
        AssertDiagnostics(Loss("\"y^2\"").Replace("double F(", "double {|LG0011:F|}("));
        AssertDiagnostics(Loss("\"p - p + y\"", attributeTail: ", WithRespectTo = [\"{|LG0011:p|}\", \"y\"]"));
    }

    [Fact]
    public void LG0012_too_deep_or_too_long_formulas_get_a_diagnostic_not_a_crash()
    {
        string deep = new string('(', 5000) + "p" + new string(')', 5000);
        Assert.Equal("LG0012", Assert.Single(GeneratorHarness.Run(Loss($"\"{deep}\"", "double p")).GeneratorDiagnostics).Id);

        string huge = string.Join(" + ", Enumerable.Repeat("p", 10_000));
        Assert.Equal("LG0012", Assert.Single(GeneratorHarness.Run(Loss($"\"{huge}\"", "double p")).GeneratorDiagnostics).Id);
    }

    [Fact]
    public void LG0012_derivatives_that_outgrow_the_limits_are_refused()
    {
        // A product of 40 different factors is small, but its Hessian has 40^3 distinct terms: too much code to emit.
        string product = string.Join(" * ", Enumerable.Range(1, 40).Select(i => $"log(p + {i})"));
        AssertDiagnostics(Loss($"\"{{|LG0012:{product}|}}\"", "double p"));
        Assert.Contains("large", Message(Loss($"\"{product}\"", "double p")));
    }

    [Theory]
    [InlineData("\"r = p; {|LG0013:r|} = y; r\"")]
    [InlineData("\"{|LG0013:p|} = y; p\"")]
    [InlineData("\"{|LG0013:exp|} = y; p\"")]
    public void LG0013_names_are_defined_once(string formula) => AssertDiagnostics(Loss(formula));

    [Theory]
    [InlineData("\"{|LG0014:sum|}(p) - y\"")]
    [InlineData("\"{|LG0014:p[0]|} - y\"")]
    public void LG0014_vector_operations_are_not_available_in_scalar_losses(string formula) => AssertDiagnostics(Loss(formula));

    [Fact]
    public void LG0015_unused_definitions_warn()
    {
        AssertDiagnostics(Loss("\"{|LG0015:r|} = y; p - y\""));
    }

    [Fact]
    public void LG0016_every_containing_type_must_be_partial()
    {
        AssertDiagnostics("""
            using LossGen;
            public static class Outer
            {
                public static partial class L
                {
                    [Loss("p")]
                    public static partial double {|LG0016:F|}(double p);
                }
            }
            """);
    }

    [Fact]
    public void LG0017_broadcast_parameters_must_exist()
    {
        AssertDiagnostics(Loss("\"p - y\"", attributeTail: ", Broadcast = [\"{|LG0017:delta|}\"]"));
        Assert.Equal("'yy' in Broadcast is not a parameter of 'F'; did you mean 'y'?", Message(Loss("\"p - y\"", attributeTail: ", Broadcast = [\"yy\"]")));
    }

    [Fact]
    public void LG0018_a_differentiation_variable_cannot_be_broadcast()
    {
        AssertDiagnostics(Loss("\"p - y\"", attributeTail: ", Broadcast = [\"{|LG0018:p|}\"]"));
    }

    [Theory]
    [InlineData("{|LG0020:delta|}")]
    [InlineData("{|LG0020:delta > y|}")]
    [InlineData("{|LG0020:delta > 0 && delta < 1|}")]
    [InlineData("{|LG0020:delta = 1|}")]
    [InlineData("{|LG0020:0 < 1|}")]
    public void LG0020_a_requirement_compares_one_parameter_with_one_number(string requirement)
    {
        AssertDiagnostics(Loss("\"delta * abs(p - y)\"", "double y, double p, double delta", $", Broadcast = [\"delta\"], Requires = [\"{requirement}\"]"));
    }

    [Fact]
    public void LG0021_only_broadcast_parameters_can_be_required()
    {
        AssertDiagnostics(Loss("\"delta * abs(p - y)\"", "double y, double p, double delta", ", Broadcast = [\"delta\"], Requires = [\"{|LG0021:y >= 0|}\"]"));
        Assert.Equal(
            "'delt' in Requires is not a broadcast parameter of 'F': only parameters listed in Broadcast can be required, because the batch methods check them once per call; did you mean 'delta'?",
            Message(Loss("\"delta * abs(p - y)\"", "double y, double p, double delta", ", Broadcast = [\"delta\"], Requires = [\"0 < delt\"]")));
    }

    [Fact]
    public void LG0019_below_CSharp_13_only_the_scalar_methods_are_generated()
    {
        (string source, var expected) = Markup.Parse(Loss("\"p - y\"").Replace("double F(", "double {|LG0019:F|}("));

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp12), source);

        Assert.Equal(Assert.Single(expected).Span, Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LG0019").Location.SourceSpan);
        Assert.Contains("this project uses C# 12.0", run.GeneratorDiagnostics.Single().GetMessage());
        string generated = run.Source("Losses.g.cs");
        Assert.Contains("FWithGradient(double y, double p, out double dL_dp)", generated);
        Assert.DoesNotContain("ReadOnlySpan", generated);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_correct_loss_has_no_diagnostics_and_compiles_cleanly()
    {
        GeneratorRun run = GeneratorHarness.Run(Loss("\"r = y - p; abs(r) <= 1 ? r^2/2 : abs(r) - 0.5\""));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
