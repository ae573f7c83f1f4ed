using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>Reads generated methods back as C# syntax, to measure what the emitter wrote.</summary>
internal static class MethodBodies
{
    /// <summary>The scalar overload of a generated method (batch overloads take spans).</summary>
    public static MethodDeclarationSyntax Method(string source, string name) =>
        CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Single(m => m.Identifier.ValueText == name && !m.ParameterList.ToString().Contains("Span<"));

    /// <summary>Every computed subexpression: operators, calls and conditionals (names and literals are not computations).</summary>
    public static List<ExpressionSyntax> Operations(MethodDeclarationSyntax method) =>
        method.Body!.DescendantNodes().OfType<ExpressionSyntax>()
            .Where(e => e is BinaryExpressionSyntax or InvocationExpressionSyntax or ConditionalExpressionSyntax
                || (e is PrefixUnaryExpressionSyntax unary && unary.Operand is not LiteralExpressionSyntax))
            .ToList();

    /// <summary>Subexpressions written more than once: work a common-subexpression pass should have shared.</summary>
    public static List<string> Repeated(MethodDeclarationSyntax method) =>
        Operations(method)
            .Select(e => e.ToString())
            .GroupBy(text => text)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();

    /// <summary>Locals that are declared but never read.</summary>
    public static List<string> UnusedLocals(MethodDeclarationSyntax method)
    {
        var declared = method.Body!.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText).ToList();
        var read = new HashSet<string>(method.Body.DescendantNodes().OfType<IdentifierNameSyntax>().Select(i => i.Identifier.ValueText));
        return declared.Where(name => !read.Contains(name)).ToList();
    }
}
