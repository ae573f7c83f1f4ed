using System.Collections.Generic;
using System.Globalization;
using LossGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Parsing;

/// <summary>Splits a formula into tokens. Stops at the first character that cannot start a token.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string text, out FormulaDiagnostic? error)
    {
        var tokens = new List<Token>();
        error = null;
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                tokens.Add(new Token(TokenKind.EndOfFormula, new TextSpan(i, 0), ""));
                return tokens;
            }

            int start = i;
            char c = text[i];
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i = ScanNumber(text, i);
                string number = text.Substring(start, i - start);
                double value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
                tokens.Add(new Token(TokenKind.Number, TextSpan.FromBounds(start, i), number, value));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, TextSpan.FromBounds(start, i), text.Substring(start, i - start)));
                continue;
            }

            TokenKind? kind = Operator(text, i, out int length);
            if (kind is null)
            {
                error = new FormulaDiagnostic(DiagnosticDescriptors.SyntaxError, new TextSpan(i, 1), $"unexpected character '{c}'");
                return tokens;
            }

            i += length;
            tokens.Add(new Token(kind.Value, TextSpan.FromBounds(start, i), text.Substring(start, length)));
        }
    }

    // digits [. digits] [e [+-] digits], or . digits [e ...]; an 'e' not followed by digits is not part of the number.
    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            int exponent = i + 1;
            if (exponent < text.Length && text[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < text.Length && char.IsDigit(text[exponent]))
            {
                i = exponent;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return i;
    }

    private static TokenKind? Operator(string text, int i, out int length)
    {
        char next = i + 1 < text.Length ? text[i + 1] : '\0';
        length = 2;
        switch (text[i], next)
        {
            case ('<', '='): return TokenKind.LessOrEqual;
            case ('>', '='): return TokenKind.GreaterOrEqual;
            case ('=', '='): return TokenKind.EqualEqual;
            case ('!', '='): return TokenKind.NotEqual;
            case ('&', '&'): return TokenKind.AmpersandAmpersand;
            case ('|', '|'): return TokenKind.BarBar;
        }

        length = 1;
        return text[i] switch
        {
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '/' => TokenKind.Slash,
            '^' => TokenKind.Caret,
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            ',' => TokenKind.Comma,
            ';' => TokenKind.Semicolon,
            '=' => TokenKind.Assign,
            '?' => TokenKind.Question,
            ':' => TokenKind.Colon,
            '<' => TokenKind.Less,
            '>' => TokenKind.Greater,
            '!' => TokenKind.Bang,
            _ => null,
        };
    }
}
