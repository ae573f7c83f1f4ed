using LossGen.Generator.Diagnostics;
using LossGen.Generator.Parsing;
using LossGen.Generator.Tests.Infrastructure;

namespace LossGen.Generator.Tests;

public class ParserTests
{
    [Theory]
    [InlineData("-x^2", "(-(x ^ 2))")]
    [InlineData("a^b^c", "(a ^ (b ^ c))")]
    [InlineData("2^-1", "(2 ^ (-1))")]
    [InlineData("-2^-x^2", "(-(2 ^ (-(x ^ 2))))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b / c", "((a / b) / c)")]
    [InlineData("a + b * c", "(a + (b * c))")]
    [InlineData("(a + b) * c", "((a + b) * c)")]
    [InlineData("+a", "a")]
    [InlineData("a < b ? c : d", "((a < b) ? c : d)")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a ? b ? c : d : e", "(a ? (b ? c : d) : e)")]
    [InlineData("a < b && c >= d || !e", "(((a < b) && (c >= d)) || (!e))")]
    [InlineData("a + 1 <= b * 2", "((a + 1) <= (b * 2))")]
    [InlineData("a == b", "(a == b)")]
    [InlineData("a != b", "(a != b)")]
    [InlineData("max(a, b + 1)", "max(a, (b + 1))")]
    [InlineData("f()", "f()")]
    [InlineData("x[i + 1]", "x[(i + 1)]")]
    [InlineData("r = y - p; s = r * r; s / 2", "r = (y - p); s = (r * r); (s / 2)")]
    [InlineData("r = y - p; r;", "r = (y - p); r")]
    public void Groups_operators_by_precedence_and_associativity(string formula, string expected)
    {
        FormulaSyntax? syntax = Parser.Parse(formula, out FormulaDiagnostic? error);

        Assert.Null(error);
        Assert.Equal(expected, SyntaxText.Of(syntax!));
    }

    [Theory]
    [InlineData("2", 2.0)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-7", 1e-7)]
    [InlineData("1.5E+3", 1500.0)]
    [InlineData("12.", 12.0)]
    public void Reads_numbers(string formula, double expected)
    {
        FormulaSyntax? syntax = Parser.Parse(formula, out _);

        Assert.Equal(expected, Assert.IsType<NumberNode>(syntax!.Result).Value);
    }

    [Fact]
    public void An_e_not_followed_by_digits_ends_the_number()
    {
        Assert.Equal("(2 * e)", SyntaxText.Of(Parser.Parse("2*e", out _)!));
        Parser.Parse("2e", out FormulaDiagnostic? error);
        Assert.Equal("LG0001", error!.Descriptor.Id);
        Assert.Equal(1, error.Span.Start);
    }

    [Theory]
    [InlineData("", 0, 0, "the formula is empty")]
    [InlineData("   ", 3, 0, "the formula is empty")]
    [InlineData("(a + b", 6, 0, "expected ')', but the formula ends")]
    [InlineData("a + * b", 4, 1, "expected a number, a name or '(', but found '*'")]
    [InlineData("a $ b", 2, 1, "unexpected character '$'")]
    [InlineData("a b", 2, 1, "expected an operator or the end of the formula, but found 'b'")]
    [InlineData("a < b < c", 6, 1, "comparisons cannot be chained")]
    [InlineData("r = y - p", 9, 0, "expected ';' after the definition of 'r', but the formula ends")]
    [InlineData("r = y - p;", 10, 0, "the formula ends with a definition")]
    [InlineData("y - p; r = 2; r", 5, 1, "only the last part of a formula is an expression")]
    [InlineData("a + b = c", 6, 1, "to compare, use '=='")]
    [InlineData("a ? b", 5, 0, "expected ':' of the conditional")]
    [InlineData("max(a b)", 6, 1, "expected ',' or ')' in the arguments of 'max', but found 'b'")]
    [InlineData("x[1", 3, 0, "expected ']'")]
    public void Reports_the_first_syntax_error_on_the_token_at_fault(string formula, int start, int length, string message)
    {
        FormulaSyntax? syntax = Parser.Parse(formula, out FormulaDiagnostic? error);

        Assert.Null(syntax);
        Assert.Equal("LG0001", error!.Descriptor.Id);
        Assert.Equal((start, length), (error.Span.Start, error.Span.Length));
        Assert.Contains(message, (string)error.Arguments[0]);
    }

    [Theory]
    [InlineData(Parser.MaxDepth)]
    [InlineData(100_000)]
    public void Refuses_nesting_deeper_than_the_limit_without_overflowing_the_stack(int depth)
    {
        string formula = new string('(', depth) + "p" + new string(')', depth);

        Parser.Parse(formula, out FormulaDiagnostic? error);

        Assert.Equal("LG0012", error!.Descriptor.Id);
        Assert.Contains((depth * 2) + 1 > Parser.MaxLength ? "long" : "deeply nested", (string)error.Arguments[0]);
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        string formula = new string('(', Parser.MaxDepth - 1) + "p" + new string(')', Parser.MaxDepth - 1);

        Assert.NotNull(Parser.Parse(formula, out FormulaDiagnostic? error));
        Assert.Null(error);
    }

    [Fact]
    public void Refuses_long_chains_of_unary_minus_as_deep_nesting()
    {
        Parser.Parse(new string('-', 500) + "p", out FormulaDiagnostic? error);

        Assert.Equal("LG0012", error!.Descriptor.Id);
    }
}
