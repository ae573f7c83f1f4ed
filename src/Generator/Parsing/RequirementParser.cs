using System.Collections.Generic;
using LossGen.Generator.Model;

namespace LossGen.Generator.Parsing;

/// <summary>Reads one condition of the Requires list: a parameter compared with a number, either way round (<c>delta &gt; 0</c>, <c>0.5 &lt;= q</c>).</summary>
internal static class RequirementParser
{
    /// <summary>The parameter's name and the condition normalized to put it first; null when the text has another form.</summary>
    public static (string Name, BoundKind Kind, double Bound)? Parse(string text)
    {
        List<Token> tokens = Lexer.Tokenize(text, out var error);
        if (error is not null)
        {
            return null;
        }

        int position = 0;
        Token Next() => tokens[position++];
        bool AtEnd() => tokens[position].Kind == TokenKind.EndOfFormula;

        if (tokens[0].Kind == TokenKind.Identifier)
        {
            string name = Next().Text;
            return Comparison(Next().Kind) is { } kind && Number(tokens, ref position) is { } bound && AtEnd() ? (name, kind, bound) : null;
        }

        if (Number(tokens, ref position) is { } first && Comparison(Next().Kind) is { } mirrored && tokens[position].Kind == TokenKind.Identifier)
        {
            string name = Next().Text;
            return AtEnd() ? (name, Mirror(mirrored), first) : null;
        }

        return null;
    }

    private static double? Number(List<Token> tokens, ref int position)
    {
        bool negative = tokens[position].Kind == TokenKind.Minus;
        int at = negative ? position + 1 : position;
        if (tokens[at].Kind != TokenKind.Number)
        {
            return null;
        }

        position = at + 1;
        return negative ? -tokens[at].Value : tokens[at].Value;
    }

    private static BoundKind? Comparison(TokenKind kind) => kind switch
    {
        TokenKind.Greater => BoundKind.Greater,
        TokenKind.GreaterOrEqual => BoundKind.GreaterOrEqual,
        TokenKind.Less => BoundKind.Less,
        TokenKind.LessOrEqual => BoundKind.LessOrEqual,
        _ => null,
    };

    // 0 < delta says delta > 0.
    private static BoundKind Mirror(BoundKind kind) => kind switch
    {
        BoundKind.Greater => BoundKind.Less,
        BoundKind.GreaterOrEqual => BoundKind.LessOrEqual,
        BoundKind.Less => BoundKind.Greater,
        _ => BoundKind.GreaterOrEqual,
    };
}
