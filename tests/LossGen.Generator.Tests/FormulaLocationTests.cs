using LossGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace LossGen.Generator.Tests;

/// <summary>
/// Errors inside a formula are underlined on its exact characters whatever kind of string literal holds it: the span
/// in the source accounts for escapes, verbatim quotes and raw-string indentation.
/// </summary>
public class FormulaLocationTests
{
    private static void AssertUnknownNameAt(string attributeArgument) => AssertDiagnosticAt(attributeArgument, "LG0002");

    private static void AssertDiagnosticAt(string attributeArgument, string id)
    {
        (string source, var expected) = Markup.Parse($$"""
            using LossGen;
            public static partial class L
            {
                [Loss({{attributeArgument}})]
                public static partial double F(double y, double p);
            }
            """);

        Diagnostic diagnostic = Assert.Single(GeneratorHarness.Run(source).GeneratorDiagnostics);

        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Assert.Single(expected).Span, diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void Regular_string() => AssertUnknownNameAt("\"abs(p - y) + {|LG0002:q|}\"");

    [Fact]
    public void Regular_string_with_unicode_escapes_before_the_error() => AssertUnknownNameAt("\"abs(\\u0070 - \\x79) + {|LG0002:q|}\"");

    [Fact]
    public void Regular_string_with_an_escape_inside_the_error() => AssertUnknownNameAt("\"p\\t- {|LG0002:\\u0071|}\"");

    [Fact]
    public void Regular_string_with_a_surrogate_pair_escape_as_the_error() =>
        AssertDiagnosticAt("\"{|LG0001:\\U0001F600|} + p\"", "LG0001");

    [Fact]
    public void Verbatim_string_across_lines() => AssertUnknownNameAt("@\"r = y - p;\n        r * {|LG0002:q|}\"");

    [Fact]
    public void Single_line_raw_string() => AssertUnknownNameAt("\"\"\"p - {|LG0002:q|}\"\"\"");

    [Fact]
    public void Multi_line_raw_string_with_indentation() =>
        AssertUnknownNameAt("\"\"\"\n            r = y - p;\n\n            r * {|LG0002:q|}\n            \"\"\"");

    [Fact]
    public void A_formula_that_is_not_a_single_literal_underlines_the_whole_argument() =>
        AssertUnknownNameAt("{|LG0002:\"p - \" + \"q\"|}");
}
