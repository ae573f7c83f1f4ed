using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>
/// Source with expected diagnostics marked in place, as in the Roslyn testing libraries: <c>{|LG0002:q|}</c> expects
/// LG0002 exactly on <c>q</c>. The markup may stand inside a string literal, where the span is the formula's text.
/// </summary>
internal static class Markup
{
    public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        var open = new Stack<(string Id, int Start)>();
        for (int i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i);
                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == '}')
            {
                (string id, int start) = open.Pop();
                expected.Add((id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        return (source.ToString(), expected);
    }
}
