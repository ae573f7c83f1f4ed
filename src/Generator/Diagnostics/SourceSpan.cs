using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Diagnostics;

/// <summary>A place in a source file, without holding on to the syntax tree.</summary>
internal readonly record struct SourceSpan(string FilePath, TextSpan Span)
{
    public static SourceSpan Of(SyntaxNode node) => new(node.SyntaxTree.FilePath, node.Span);

    public static SourceSpan Of(SyntaxToken token) => new(token.SyntaxTree?.FilePath ?? "", token.Span);
}
