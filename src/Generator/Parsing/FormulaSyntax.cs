using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Parsing;

/// <summary>A node of the parsed formula, with the span of formula text it covers.</summary>
internal abstract record FormulaNode(TextSpan Span);

internal sealed record NumberNode(double Value, TextSpan Span) : FormulaNode(Span);

internal sealed record NameNode(string Name, TextSpan Span) : FormulaNode(Span);

internal sealed record UnaryNode(TokenKind Operator, FormulaNode Operand, TextSpan Span) : FormulaNode(Span);

internal sealed record BinaryNode(TokenKind Operator, FormulaNode Left, FormulaNode Right, TextSpan Span) : FormulaNode(Span);

internal sealed record ConditionalNode(FormulaNode Condition, FormulaNode WhenTrue, FormulaNode WhenFalse, TextSpan Span) : FormulaNode(Span);

internal sealed record CallNode(string Function, TextSpan NameSpan, ImmutableArray<FormulaNode> Arguments, TextSpan Span) : FormulaNode(Span);

/// <summary><c>x[i]</c>: parsed now so that vector losses extend the binder, not the grammar.</summary>
internal sealed record IndexNode(FormulaNode Target, FormulaNode Index, TextSpan Span) : FormulaNode(Span);

/// <summary>A local definition <c>name = value</c>.</summary>
internal sealed record Definition(string Name, TextSpan NameSpan, FormulaNode Value);

/// <summary>A whole formula: definitions, then the loss expression.</summary>
internal sealed record FormulaSyntax(ImmutableArray<Definition> Definitions, FormulaNode Result);
