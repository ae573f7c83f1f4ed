using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;
using LossGen.Generator.Model;
using LossGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Extraction;

/// <summary>
/// Reads a method carrying [Loss] into a <see cref="LossMethodModel"/>: the only step that sees symbols and syntax.
/// Signature problems become diagnostics in the model; nothing here throws on bad input.
/// </summary>
internal static class LossMethodExtractor
{
    public const string AttributeName = "LossGen.LossAttribute";
    private const string WithRespectToName = "WithRespectTo";
    private const string BroadcastName = "Broadcast";
    private const string RequiresName = "Requires";
    private const string DefaultVariable = "p";

    // C# 13: ref structs may implement interfaces, as the batch kernels do.
    private const int BatchLanguageVersion = 1300;

    public static LossMethodModel? Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.IsEmpty)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        SyntaxNode node = context.TargetNode;
        SourceSpan location = SourceSpan.Of(node is MethodDeclarationSyntax m ? m.Identifier : node is LocalFunctionStatementSyntax l ? l.Identifier : node.GetFirstToken());

        CheckDeclaration(method, node, location, diagnostics);
        ScalarType scalarType = CheckSignature(method, location, diagnostics);

        AttributeData attribute = context.Attributes[0];
        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        FormulaSource formula = ReadFormula(attribute, attributeSyntax, node);
        EquatableArray<DifferentiationVariable> variables = ReadVariables(method, attribute, attributeSyntax, location, diagnostics);
        HashSet<string> broadcast = ReadBroadcast(method, attribute, attributeSyntax, variables, location, diagnostics);
        ILookup<string, Requirement> requirements = ReadRequires(method, attribute, attributeSyntax, broadcast, location, diagnostics);
        EquatableArray<ParameterModel> parameters = method.Parameters
            .Select(p => new ParameterModel(
                p.Name,
                p.Locations.Length > 0 ? new SourceSpan(p.Locations[0].SourceTree?.FilePath ?? "", p.Locations[0].SourceSpan) : location,
                broadcast.Contains(p.Name),
                requirements[p.Name].ToEquatableArray()))
            .ToEquatableArray();

        bool emitsBatch = true;
        if (node.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: var version } && (int)version < BatchLanguageVersion)
        {
            emitsBatch = false;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BatchNeedsNewerLanguage, location, method.Name, version.ToDisplayString()));
        }

        return new LossMethodModel(
            ReadContainingTypes(method, node, diagnostics, location),
            method.Name,
            node is MethodDeclarationSyntax declaration ? declaration.Modifiers.ToString() : "",
            AccessibilityKeywords(method.DeclaredAccessibility),
            scalarType,
            parameters,
            formula,
            variables,
            location,
            emitsBatch,
            diagnostics.ToEquatableArray());
    }

    /// <summary>A model that carries only the report of an unexpected failure while reading the method.</summary>
    public static LossMethodModel Failed(GeneratorAttributeSyntaxContext context, System.Exception exception)
    {
        SourceSpan location = SourceSpan.Of(context.TargetNode);
        string name = context.TargetSymbol.Name;
        DiagnosticInfo failure = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, name, $"{exception.GetType().Name}: {exception.Message}");
        return new LossMethodModel(
            new TypeChain(null, EquatableArray<ContainingType>.Empty),
            name,
            Modifiers: "",
            Accessibility: "private",
            ScalarType.Double,
            EquatableArray<ParameterModel>.Empty,
            new FormulaSource("", location.FilePath, EquatableArray<int>.Empty, location.Span),
            EquatableArray<DifferentiationVariable>.Empty,
            location,
            EmitsBatch: false,
            new[] { failure }.ToEquatableArray());
    }

    private static void CheckDeclaration(IMethodSymbol method, SyntaxNode node, SourceSpan location, List<DiagnosticInfo> diagnostics)
    {
        bool isStaticPartialDefinition = node is MethodDeclarationSyntax declaration
            && declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            && declaration.Body is null
            && declaration.ExpressionBody is null
            && method.PartialImplementationPart is null;
        if (!isStaticPartialDefinition)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticPartial, location, method.Name));
        }
    }

    private static ScalarType CheckSignature(IMethodSymbol method, SourceSpan location, List<DiagnosticInfo> diagnostics)
    {
        void Unsupported(string reason) =>
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedSignature, location, method.Name, reason));

        ScalarType? type = ScalarTypeOf(method.ReturnType);
        if (type is null)
        {
            Unsupported($"it returns '{method.ReturnType.ToDisplayString()}', but a loss returns float or double");
        }

        if (method.IsGenericMethod)
        {
            Unsupported("it is generic");
        }

        if (method.IsExtensionMethod)
        {
            Unsupported("it is an extension method");
        }

        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                Unsupported($"parameter '{parameter.Name}' is passed by reference or as params; loss variables are plain values");
            }
            else if (type is not null && ScalarTypeOf(parameter.Type) != type)
            {
                string expected = type == ScalarType.Float ? "float" : "double";
                Unsupported($"parameter '{parameter.Name}' is '{parameter.Type.ToDisplayString()}', but every parameter must be {expected}, like the result");
            }
        }

        return type ?? ScalarType.Double;
    }

    private static ScalarType? ScalarTypeOf(ITypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Single => ScalarType.Float,
        SpecialType.System_Double => ScalarType.Double,
        _ => null,
    };

    private static TypeChain ReadContainingTypes(IMethodSymbol method, SyntaxNode node, List<DiagnosticInfo> diagnostics, SourceSpan location)
    {
        var types = new List<ContainingType>();
        foreach (TypeDeclarationSyntax type in node.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ContainingTypeNotPartial, location, type.Identifier.ValueText, method.Name));
            }

            string keyword = type is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword)
                ? "record struct"
                : type.Keyword.ValueText;
            types.Insert(0, new ContainingType(keyword, type.Identifier.ValueText, type.TypeParameterList?.ToString() ?? ""));
        }

        INamespaceSymbol? ns = method.ContainingType?.ContainingNamespace;
        string? namespaceName = ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
        return new TypeChain(namespaceName, types.ToEquatableArray());
    }

    private static FormulaSource ReadFormula(AttributeData attribute, AttributeSyntax? syntax, SyntaxNode target)
    {
        string text = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? "";
        ExpressionSyntax? argument = syntax?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals is null && (a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "formula"))
            ?.Expression;
        if (argument is null)
        {
            SyntaxNode anchor = (SyntaxNode?)syntax ?? target;
            return new FormulaSource(text, anchor.SyntaxTree.FilePath, EquatableArray<int>.Empty, anchor.Span);
        }

        int[]? starts = argument is LiteralExpressionSyntax literal ? StringLiteralMap.CharacterStarts(literal.Token) : null;
        return new FormulaSource(text, argument.SyntaxTree.FilePath, (starts ?? []).ToEquatableArray(), argument.Span);
    }

    private static EquatableArray<DifferentiationVariable> ReadVariables(
        IMethodSymbol method, AttributeData attribute, AttributeSyntax? syntax, SourceSpan methodLocation, List<DiagnosticInfo> diagnostics)
    {
        List<string> parameterNames = method.Parameters.Select(p => p.Name).ToList();
        KeyValuePair<string, TypedConstant> named = attribute.NamedArguments.FirstOrDefault(a => a.Key == WithRespectToName);
        if (named.Key is null)
        {
            int index = parameterNames.IndexOf(DefaultVariable);
            if (index < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoDifferentiationVariable, methodLocation, method.Name, parameterNames.FirstOrDefault() ?? "x"));
                return EquatableArray<DifferentiationVariable>.Empty;
            }

            return new[] { new DifferentiationVariable(index, DefaultVariable, methodLocation) }.ToEquatableArray();
        }

        ImmutableArray<TypedConstant> values = named.Value.Kind == TypedConstantKind.Array ? named.Value.Values : ImmutableArray<TypedConstant>.Empty;
        IReadOnlyList<SourceSpan> locations = ElementLocations(syntax, WithRespectToName, values.Length, methodLocation);
        if (values.IsEmpty)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoDifferentiationVariable, locations[0], method.Name, parameterNames.FirstOrDefault() ?? "x"));
        }

        var variables = new List<DifferentiationVariable>();
        for (int i = 0; i < values.Length; i++)
        {
            string name = values[i].Value as string ?? "";
            int index = parameterNames.IndexOf(name);
            if (index < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownDifferentiationVariable, locations[i], name, method.Name, NearestName.Hint(name, parameterNames)));
            }
            else if (variables.Any(v => v.Name == name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, locations[i], name, "listed in WithRespectTo"));
            }
            else
            {
                variables.Add(new DifferentiationVariable(index, name, locations[i]));
            }
        }

        return variables.ToEquatableArray();
    }

    private static HashSet<string> ReadBroadcast(
        IMethodSymbol method, AttributeData attribute, AttributeSyntax? syntax, EquatableArray<DifferentiationVariable> variables, SourceSpan methodLocation, List<DiagnosticInfo> diagnostics)
    {
        var broadcast = new HashSet<string>(System.StringComparer.Ordinal);
        ImmutableArray<TypedConstant> values = StringArray(attribute, BroadcastName);
        IReadOnlyList<SourceSpan> locations = ElementLocations(syntax, BroadcastName, values.Length, methodLocation);
        List<string> parameterNames = method.Parameters.Select(p => p.Name).ToList();
        for (int i = 0; i < values.Length; i++)
        {
            string name = values[i].Value as string ?? "";
            if (!parameterNames.Contains(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownBroadcastParameter, locations[i], name, method.Name, NearestName.Hint(name, parameterNames)));
            }
            else if (variables.Any(v => v.Name == name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BroadcastDifferentiationVariable, locations[i], name));
            }
            else if (!broadcast.Add(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, locations[i], name, "listed in Broadcast"));
            }
        }

        return broadcast;
    }

    private static ILookup<string, Requirement> ReadRequires(
        IMethodSymbol method, AttributeData attribute, AttributeSyntax? syntax, HashSet<string> broadcast, SourceSpan methodLocation, List<DiagnosticInfo> diagnostics)
    {
        ImmutableArray<TypedConstant> values = StringArray(attribute, RequiresName);
        IReadOnlyList<SourceSpan> locations = ElementLocations(syntax, RequiresName, values.Length, methodLocation);
        var requirements = new List<(string Name, Requirement Requirement)>();
        for (int i = 0; i < values.Length; i++)
        {
            string text = values[i].Value as string ?? "";
            if (RequirementParser.Parse(text) is not var (name, kind, bound))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreadableRequirement, locations[i], text));
            }
            else if (!broadcast.Contains(name))
            {
                string hint = NearestName.Hint(name, broadcast.OrderBy(b => b, System.StringComparer.Ordinal).ToList());
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RequirementOnPerSampleParameter, locations[i], name, method.Name, hint));
            }
            else
            {
                requirements.Add((name, new Requirement(kind, bound, string.Join(" ", text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries)), locations[i])));
            }
        }

        return requirements.ToLookup(r => r.Name, r => r.Requirement, System.StringComparer.Ordinal);
    }

    private static ImmutableArray<TypedConstant> StringArray(AttributeData attribute, string property)
    {
        KeyValuePair<string, TypedConstant> named = attribute.NamedArguments.FirstOrDefault(a => a.Key == property);
        return named.Key is not null && named.Value.Kind == TypedConstantKind.Array ? named.Value.Values : ImmutableArray<TypedConstant>.Empty;
    }

    // Each name's string literal when the list is written out literally; otherwise the whole argument, for every name.
    private static IReadOnlyList<SourceSpan> ElementLocations(AttributeSyntax? syntax, string property, int count, SourceSpan methodLocation)
    {
        AttributeArgumentSyntax? argument = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == property);
        if (argument is null)
        {
            return Enumerable.Repeat(methodLocation, System.Math.Max(count, 1)).ToList();
        }

        List<LiteralExpressionSyntax> literals = argument.Expression.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().ToList();
        if (literals.Count == count && count > 0)
        {
            return literals.Select(l => new SourceSpan(l.SyntaxTree.FilePath, InsideQuotes(l))).ToList();
        }

        return Enumerable.Repeat(SourceSpan.Of(argument.Expression), System.Math.Max(count, 1)).ToList();
    }

    private static TextSpan InsideQuotes(LiteralExpressionSyntax literal) =>
        StringLiteralMap.CharacterStarts(literal.Token) is { } starts ? TextSpan.FromBounds(starts[0], starts[starts.Length - 1]) : literal.Span;

    private static string AccessibilityKeywords(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };
}
