using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LossGen.Generator.Extraction;

/// <summary>
/// Maps each character of a string literal's value to where it starts in the source: the rules of regular (escapes),
/// verbatim (doubled quotes) and raw (indentation removed) C# string literals.
/// </summary>
internal static class StringLiteralMap
{
    /// <summary>
    /// The start in the file of each value character, plus one entry for the end; null when the token is not a string
    /// literal whose value could be mapped character by character.
    /// </summary>
    public static int[]? CharacterStarts(SyntaxToken token)
    {
        string text = token.Text;
        List<int>? starts = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when text.StartsWith("@", System.StringComparison.Ordinal) => Verbatim(text),
            SyntaxKind.StringLiteralToken => Regular(text),
            SyntaxKind.SingleLineRawStringLiteralToken => SingleLineRaw(text),
            SyntaxKind.MultiLineRawStringLiteralToken => MultiLineRaw(text),
            _ => null,
        };

        // The value is the compiler's; a map that disagrees with it in length would misplace every squiggle.
        if (starts is null || starts.Count != token.ValueText.Length + 1)
        {
            return null;
        }

        int[] result = starts.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            result[i] += token.SpanStart;
        }

        return result;
    }

    private static List<int> Regular(string text)
    {
        var starts = new List<int>();
        int end = text.Length - 1;
        for (int i = 1; i < end;)
        {
            starts.Add(i);
            if (text[i] != '\\')
            {
                i++;
                continue;
            }

            char kind = text[i + 1];
            int length = kind switch
            {
                'u' => 6,
                'U' => 10,
                'x' => 2 + HexDigits(text, i + 2, max: 4),
                _ => 2,
            };

            // \U escapes above the BMP are two UTF-16 characters of the value, both from the same escape.
            if (kind == 'U' && int.TryParse(text.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out int code) && code > 0xFFFF)
            {
                starts.Add(i);
            }

            i += length;
        }

        starts.Add(end);
        return starts;
    }

    private static List<int> Verbatim(string text)
    {
        var starts = new List<int>();
        int end = text.Length - 1;
        for (int i = 2; i < end; i += text[i] == '"' ? 2 : 1)
        {
            starts.Add(i);
        }

        starts.Add(end);
        return starts;
    }

    private static List<int> SingleLineRaw(string text)
    {
        int quotes = LeadingQuotes(text);
        var starts = new List<int>();
        for (int i = quotes; i <= text.Length - quotes; i++)
        {
            starts.Add(i);
        }

        return starts;
    }

    private static List<int> MultiLineRaw(string text)
    {
        int quotes = LeadingQuotes(text);
        int closing = text.Length - quotes;
        int lastLineStart = text.LastIndexOf('\n', closing - 1) + 1;
        int indentation = closing - lastLineStart;
        int contentStart = text.IndexOf('\n', quotes) + 1;

        // Content lines run from after the opening line to before the line break that precedes the closing line.
        int contentEnd = lastLineStart - 1;
        if (contentEnd > 0 && text[contentEnd - 1] == '\r')
        {
            contentEnd--;
        }

        var starts = new List<int>();
        for (int lineStart = contentStart; lineStart <= contentEnd;)
        {
            int lineBreak = text.IndexOf('\n', lineStart);
            int lineEnd = lineBreak < 0 || lineBreak > contentEnd ? contentEnd : lineBreak;
            if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            // A whitespace-only line is empty in the value; any other line loses the closing line's indentation.
            bool blank = text.Substring(lineStart, lineEnd - lineStart).Trim().Length == 0;
            for (int i = blank ? lineEnd : lineStart + indentation; i < lineEnd; i++)
            {
                starts.Add(i);
            }

            if (lineEnd >= contentEnd)
            {
                break;
            }

            // The line break itself is part of the value.
            int next = text.IndexOf('\n', lineEnd) + 1;
            for (int i = lineEnd; i < next; i++)
            {
                starts.Add(i);
            }

            lineStart = next;
        }

        starts.Add(contentEnd);
        return starts;
    }

    private static int LeadingQuotes(string text)
    {
        int count = 0;
        while (count < text.Length && text[count] == '"')
        {
            count++;
        }

        return count;
    }

    private static int HexDigits(string text, int start, int max)
    {
        int count = 0;
        while (count < max && start + count < text.Length && System.Uri.IsHexDigit(text[start + count]))
        {
            count++;
        }

        return count;
    }
}
