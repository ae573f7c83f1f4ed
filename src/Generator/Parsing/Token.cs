using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Parsing;

/// <summary>A token of the formula; <paramref name="Value"/> is set for numbers.</summary>
internal readonly record struct Token(TokenKind Kind, TextSpan Span, string Text, double Value = 0);
