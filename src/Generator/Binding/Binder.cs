using System;
using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;
using LossGen.Generator.Parsing;
using LossGen.Generator.Symbolic;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Binding;

/// <summary>
/// Resolves the names, functions and types of a parsed formula and builds its IR. Reports every error it finds, each
/// on the characters at fault; a part with an error binds to null and its parents stay silent.
/// </summary>
internal sealed class Binder
{
    private const string Pi = "pi";

    private readonly ExprFactory _factory;
    private readonly IReadOnlyList<string> _parameters;
    private readonly Expr[] _parameterNodes;
    private readonly bool[] _parameterUsed;
    private readonly Dictionary<string, (Expr? Value, TextSpan NameSpan)> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedDefinitions = new(StringComparer.Ordinal);
    private readonly Dictionary<Expr, string> _definitionNames = new();
    private readonly List<FormulaDiagnostic> _diagnostics;

    private Binder(ExprFactory factory, IReadOnlyList<string> parameters, List<FormulaDiagnostic> diagnostics)
    {
        _factory = factory;
        _parameters = parameters;
        _parameterUsed = new bool[parameters.Count];

        // Created first and in declaration order, so canonical sorting keeps the signature's order: y * p, not p * y.
        _parameterNodes = parameters.Select((name, index) => factory.Parameter(index, name)).ToArray();
        _diagnostics = diagnostics;
    }

    /// <returns>The bound formula, or null when it has errors (all of them added to <paramref name="diagnostics"/>).</returns>
    public static BoundFormula? Bind(FormulaSyntax syntax, IReadOnlyList<string> parameters, ExprFactory factory, List<FormulaDiagnostic> diagnostics)
    {
        var binder = new Binder(factory, parameters, diagnostics);
        int errorsBefore = diagnostics.Count;
        foreach (Definition definition in syntax.Definitions)
        {
            binder.Define(definition);
        }

        Expr? loss = binder.Number(syntax.Result);
        if (loss is null || diagnostics.Count > errorsBefore)
        {
            return null;
        }

        foreach (Definition definition in syntax.Definitions.Where(d => !binder._usedDefinitions.Contains(d.Name)))
        {
            diagnostics.Add(new FormulaDiagnostic(DiagnosticDescriptors.UnusedDefinition, definition.NameSpan, definition.Name));
        }

        return new BoundFormula(loss, binder._definitionNames, binder._parameterUsed);
    }

    private void Define(Definition definition)
    {
        string? conflict = _parameters.Contains(definition.Name) ? "a parameter; choose another name for the definition"
            : _definitions.ContainsKey(definition.Name) ? "defined earlier in the formula"
            : definition.Name == Pi ? "the constant pi"
            : FunctionCatalog.TryGet(definition.Name, out _) ? "a function"
            : null;
        if (conflict is not null)
        {
            Report(DiagnosticDescriptors.DuplicateName, definition.NameSpan, definition.Name, conflict);
            return;
        }

        Expr? value = Number(definition.Value);
        _definitions.Add(definition.Name, (value, definition.NameSpan));

        // The first name given to a computed value names its temporary in the generated code.
        if (value is { IsLeaf: false } && !_definitionNames.ContainsKey(value))
        {
            _definitionNames.Add(value, definition.Name);
        }
    }

    private Expr? Number(FormulaNode node) => Expect(node, condition: false);

    private Expr? Condition(FormulaNode node) => Expect(node, condition: true);

    private Expr? Expect(FormulaNode node, bool condition)
    {
        Expr? result = Bind(node);
        if (result is not null && result.IsCondition != condition)
        {
            Report(DiagnosticDescriptors.TypeMismatch, node.Span, condition
                ? "a condition (such as 'a < b') is expected here, but this is a number"
                : "a number is expected here, but this is a condition; use 'condition ? a : b' to choose between numbers");
            return null;
        }

        return result;
    }

    private Expr? Bind(FormulaNode node) => node switch
    {
        NumberNode number => _factory.Constant(number.Value),
        NameNode name => Name(name),
        UnaryNode unary => Unary(unary),
        BinaryNode binary => Binary(binary),
        ConditionalNode conditional => Conditional(conditional),
        CallNode call => Call(call),
        IndexNode index => VectorOnly(index.Span, "indexing"),
        _ => throw new InvalidOperationException($"Unexpected syntax node {node.GetType().Name}."),
    };

    private Expr? Name(NameNode node)
    {
        int parameter = IndexOf(_parameters, node.Name);
        if (parameter >= 0)
        {
            _parameterUsed[parameter] = true;
            return _parameterNodes[parameter];
        }

        if (_definitions.TryGetValue(node.Name, out (Expr? Value, TextSpan _) definition))
        {
            _usedDefinitions.Add(node.Name);
            return definition.Value;
        }

        if (node.Name == Pi)
        {
            return _factory.Constant(Math.PI);
        }

        if (FunctionCatalog.TryGet(node.Name, out _))
        {
            return Report(DiagnosticDescriptors.SyntaxError, node.Span, $"'{node.Name}' is a function; call it with arguments, as '{node.Name}(x)'");
        }

        IEnumerable<string> known = _parameters.Concat(_definitions.Keys);
        return Report(DiagnosticDescriptors.UnknownIdentifier, node.Span, node.Name, NearestName.Hint(node.Name, known));
    }

    private Expr? Unary(UnaryNode node)
    {
        if (node.Operator == TokenKind.Bang)
        {
            return Condition(node.Operand) is { } operand ? _factory.Not(operand) : null;
        }

        return Number(node.Operand) is { } value ? _factory.Negate(value) : null;
    }

    private Expr? Binary(BinaryNode node)
    {
        bool logical = node.Operator is TokenKind.AmpersandAmpersand or TokenKind.BarBar;
        Expr? left = logical ? Condition(node.Left) : Number(node.Left);
        Expr? right = logical ? Condition(node.Right) : Number(node.Right);
        if (left is null || right is null)
        {
            return null;
        }

        ExprFactory f = _factory;
        return node.Operator switch
        {
            TokenKind.Plus => f.Add(left, right),
            TokenKind.Minus => f.Subtract(left, right),
            TokenKind.Star => f.Multiply(left, right),
            TokenKind.Slash => f.Divide(left, right),
            TokenKind.Caret => f.Power(left, right),
            TokenKind.Less => f.Compare(ExprKind.Less, left, right),
            TokenKind.LessOrEqual => f.Compare(ExprKind.LessOrEqual, left, right),
            TokenKind.Greater => f.Compare(ExprKind.Greater, left, right),
            TokenKind.GreaterOrEqual => f.Compare(ExprKind.GreaterOrEqual, left, right),
            TokenKind.EqualEqual => f.Compare(ExprKind.Equal, left, right),
            TokenKind.NotEqual => f.Compare(ExprKind.NotEqual, left, right),
            TokenKind.AmpersandAmpersand => f.And(left, right),
            TokenKind.BarBar => f.Or(left, right),
            _ => throw new InvalidOperationException($"Unexpected operator {node.Operator}."),
        };
    }

    private Expr? Conditional(ConditionalNode node)
    {
        Expr? condition = Condition(node.Condition);
        Expr? whenTrue = Number(node.WhenTrue);
        Expr? whenFalse = Number(node.WhenFalse);
        return condition is null || whenTrue is null || whenFalse is null ? null : _factory.Select(condition, whenTrue, whenFalse);
    }

    private Expr? Call(CallNode node)
    {
        if (FunctionCatalog.IsVectorFunction(node.Function))
        {
            return VectorOnly(node.NameSpan, $"'{node.Function}'");
        }

        if (!FunctionCatalog.TryGet(node.Function, out FunctionDefinition function))
        {
            string hint = NearestName.Find(node.Function, FunctionCatalog.Names) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
            return Report(DiagnosticDescriptors.UnknownFunction, node.NameSpan, node.Function, string.Join(", ", FunctionCatalog.Names) + hint);
        }

        Expr?[] arguments = node.Arguments.Select(Number).ToArray();
        if (arguments.Length != function.Arity)
        {
            string expected = function.Arity == 1 ? "1 argument" : $"{function.Arity} arguments";
            string given = arguments.Length == 1 ? "1 was" : $"{arguments.Length} were";
            return Report(DiagnosticDescriptors.WrongArgumentCount, node.Span, function.Name, expected, given);
        }

        return arguments.Any(a => a is null) ? null : function.Build(_factory, arguments!);
    }

    private Expr? VectorOnly(TextSpan span, string feature) =>
        Report(DiagnosticDescriptors.VectorFeatureNotSupported, span, char.ToUpperInvariant(feature[0]) + feature.Substring(1));

    private Expr? Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments)
    {
        _diagnostics.Add(new FormulaDiagnostic(descriptor, span, arguments));
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
