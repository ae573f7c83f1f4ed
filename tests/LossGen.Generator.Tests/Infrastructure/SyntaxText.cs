using System.Linq;
using LossGen.Generator.Parsing;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>Writes a parse tree fully parenthesized, so a test states the grouping it expects in one string.</summary>
internal static class SyntaxText
{
    public static string Of(FormulaSyntax formula) =>
        string.Concat(formula.Definitions.Select(d => $"{d.Name} = {Of(d.Value)}; ")) + Of(formula.Result);

    public static string Of(FormulaNode node) => node switch
    {
        NumberNode n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NameNode n => n.Name,
        UnaryNode u => $"({Operator(u.Operator)}{Of(u.Operand)})",
        BinaryNode b => $"({Of(b.Left)} {Operator(b.Operator)} {Of(b.Right)})",
        ConditionalNode c => $"({Of(c.Condition)} ? {Of(c.WhenTrue)} : {Of(c.WhenFalse)})",
        CallNode c => $"{c.Function}({string.Join(", ", c.Arguments.Select(Of))})",
        IndexNode i => $"{Of(i.Target)}[{Of(i.Index)}]",
        _ => "?",
    };

    private static string Operator(TokenKind kind) => kind switch
    {
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Caret => "^",
        TokenKind.Less => "<",
        TokenKind.LessOrEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterOrEqual => ">=",
        TokenKind.EqualEqual => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.AmpersandAmpersand => "&&",
        TokenKind.BarBar => "||",
        TokenKind.Bang => "!",
        _ => kind.ToString(),
    };
}
