using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LossGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Parsing;

/// <summary>
/// Recursive-descent parser for the formula language (docs/dsl.md). Reports the first error, located on the token
/// where the formula stops making sense.
/// </summary>
internal sealed class Parser
{
    /// <summary>Formulas longer than this are refused rather than slowing every build.</summary>
    public const int MaxLength = 20_000;

    /// <summary>Deeper nesting is refused rather than risking the compiler's stack.</summary>
    public const int MaxDepth = 100;

    private readonly List<Token> _tokens;
    private int _position;
    private int _depth;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static FormulaSyntax? Parse(string text, out FormulaDiagnostic? error)
    {
        if (text.Length > MaxLength)
        {
            error = new FormulaDiagnostic(DiagnosticDescriptors.FormulaTooComplex, new TextSpan(0, text.Length), $"long: {text.Length} characters, and at most {MaxLength} are accepted");
            return null;
        }

        List<Token> tokens = Lexer.Tokenize(text, out error);
        if (error is not null)
        {
            return null;
        }

        try
        {
            return new Parser(tokens).ParseFormula();
        }
        catch (ParseError e)
        {
            error = e.Diagnostic;
            return null;
        }
    }

    private Token Current => _tokens[_position];

    private Token Peek(int offset) => _tokens[Math.Min(_position + offset, _tokens.Count - 1)];

    // formula := (name '=' expression ';')* expression ';'?
    private FormulaSyntax ParseFormula()
    {
        if (Current.Kind == TokenKind.EndOfFormula)
        {
            throw Error(Current.Span, "the formula is empty; write the loss, e.g. \"(p - y)^2\"");
        }

        var definitions = ImmutableArray.CreateBuilder<Definition>();
        while (true)
        {
            if (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Assign)
            {
                Token name = Current;
                _position += 2;
                definitions.Add(new Definition(name.Text, name.Span, ParseExpression()));
                if (Current.Kind != TokenKind.Semicolon)
                {
                    throw Expected("';' after the definition of '" + name.Text + "'");
                }

                _position++;
                if (Current.Kind == TokenKind.EndOfFormula)
                {
                    throw Error(Current.Span, "the formula ends with a definition; the last part must be the loss itself");
                }

                continue;
            }

            FormulaNode result = ParseExpression();
            if (Current.Kind == TokenKind.Semicolon && Peek(1).Kind == TokenKind.EndOfFormula)
            {
                _position++;
            }

            if (Current.Kind == TokenKind.Semicolon)
            {
                throw Error(Current.Span, "only the last part of a formula is an expression; the parts before it must be definitions like 'r = y - p'");
            }

            if (Current.Kind == TokenKind.Assign)
            {
                throw Error(Current.Span, "'=' defines a name and stands only after a plain name at the start of a part; to compare, use '=='");
            }

            if (Current.Kind != TokenKind.EndOfFormula)
            {
                throw Expected("an operator or the end of the formula");
            }

            return new FormulaSyntax(definitions.ToImmutable(), result);
        }
    }

    // expression := or ('?' expression ':' expression)?   (right-associative)
    private FormulaNode ParseExpression()
    {
        if (++_depth > MaxDepth)
        {
            throw new ParseError(new FormulaDiagnostic(DiagnosticDescriptors.FormulaTooComplex, Current.Span, $"deeply nested: more than {MaxDepth} levels"));
        }

        FormulaNode condition = ParseBinary(0);
        FormulaNode result = condition;
        if (Current.Kind == TokenKind.Question)
        {
            _position++;
            FormulaNode whenTrue = ParseExpression();
            if (Current.Kind != TokenKind.Colon)
            {
                throw Expected("':' of the conditional 'condition ? a : b'");
            }

            _position++;
            FormulaNode whenFalse = ParseExpression();
            result = new ConditionalNode(condition, whenTrue, whenFalse, TextSpan.FromBounds(condition.Span.Start, whenFalse.Span.End));
        }

        _depth--;
        return result;
    }

    // Binary operators by precedence level, loosest first: || then && then comparisons then + - then * /.
    private static readonly TokenKind[][] s_levels =
    [
        [TokenKind.BarBar],
        [TokenKind.AmpersandAmpersand],
        [TokenKind.Less, TokenKind.LessOrEqual, TokenKind.Greater, TokenKind.GreaterOrEqual, TokenKind.EqualEqual, TokenKind.NotEqual],
        [TokenKind.Plus, TokenKind.Minus],
        [TokenKind.Star, TokenKind.Slash],
    ];

    private const int ComparisonLevel = 2;

    private FormulaNode ParseBinary(int level)
    {
        if (level == s_levels.Length)
        {
            return ParseUnary();
        }

        FormulaNode left = ParseBinary(level + 1);
        while (Array.IndexOf(s_levels[level], Current.Kind) >= 0)
        {
            Token op = Current;
            _position++;
            FormulaNode right = ParseBinary(level + 1);
            left = new BinaryNode(op.Kind, left, right, TextSpan.FromBounds(left.Span.Start, right.Span.End));

            // a < b < c reads like math but means nothing for numbers; say so instead of guessing.
            if (level == ComparisonLevel && Array.IndexOf(s_levels[level], Current.Kind) >= 0)
            {
                throw Error(Current.Span, "comparisons cannot be chained; join them with '&&'");
            }
        }

        return left;
    }

    // unary := ('-' | '+' | '!') unary | power
    private FormulaNode ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Plus or TokenKind.Bang)
        {
            Token op = Current;
            _position++;
            if (++_depth > MaxDepth)
            {
                throw new ParseError(new FormulaDiagnostic(DiagnosticDescriptors.FormulaTooComplex, op.Span, $"deeply nested: more than {MaxDepth} levels"));
            }

            FormulaNode operand = ParseUnary();
            _depth--;
            return op.Kind == TokenKind.Plus ? operand : new UnaryNode(op.Kind, operand, TextSpan.FromBounds(op.Span.Start, operand.Span.End));
        }

        return ParsePower();
    }

    // power := postfix ('^' unary)?   so -x^2 is -(x^2), a^b^c is a^(b^c), and 2^-1 is allowed.
    private FormulaNode ParsePower()
    {
        FormulaNode left = ParsePostfix();
        if (Current.Kind != TokenKind.Caret)
        {
            return left;
        }

        _position++;
        FormulaNode right = ParseUnary();
        return new BinaryNode(TokenKind.Caret, left, right, TextSpan.FromBounds(left.Span.Start, right.Span.End));
    }

    // postfix := primary ('[' expression ']')*
    private FormulaNode ParsePostfix()
    {
        FormulaNode node = ParsePrimary();
        while (Current.Kind == TokenKind.OpenBracket)
        {
            _position++;
            FormulaNode index = ParseExpression();
            Token close = Expect(TokenKind.CloseBracket, "']'");
            node = new IndexNode(node, index, TextSpan.FromBounds(node.Span.Start, close.Span.End));
        }

        return node;
    }

    // primary := number | name | name '(' arguments ')' | '(' expression ')'
    private FormulaNode ParsePrimary()
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _position++;
                return new NumberNode(token.Value, token.Span);

            case TokenKind.Identifier when Peek(1).Kind == TokenKind.OpenParen:
                _position += 2;
                var arguments = ImmutableArray.CreateBuilder<FormulaNode>();
                if (Current.Kind != TokenKind.CloseParen)
                {
                    arguments.Add(ParseExpression());
                    while (Current.Kind == TokenKind.Comma)
                    {
                        _position++;
                        arguments.Add(ParseExpression());
                    }
                }

                Token close = Expect(TokenKind.CloseParen, $"',' or ')' in the arguments of '{token.Text}'");
                return new CallNode(token.Text, token.Span, arguments.ToImmutable(), TextSpan.FromBounds(token.Span.Start, close.Span.End));

            case TokenKind.Identifier:
                _position++;
                return new NameNode(token.Text, token.Span);

            case TokenKind.OpenParen:
                _position++;
                FormulaNode inner = ParseExpression();
                Expect(TokenKind.CloseParen, "')'");
                return inner;

            default:
                throw Expected("a number, a name or '('");
        }
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Expected(what);
        }

        return _tokens[_position++];
    }

    private ParseError Expected(string what) =>
        Error(Current.Span, Current.Kind == TokenKind.EndOfFormula
            ? $"expected {what}, but the formula ends"
            : $"expected {what}, but found '{Current.Text}'");

    private static ParseError Error(TextSpan span, string message) =>
        new(new FormulaDiagnostic(DiagnosticDescriptors.SyntaxError, span, message));

    /// <summary>Unwinds the descent at the first error; never escapes <see cref="Parse"/>.</summary>
    private sealed class ParseError(FormulaDiagnostic diagnostic) : Exception
    {
        public FormulaDiagnostic Diagnostic { get; } = diagnostic;
    }
}
