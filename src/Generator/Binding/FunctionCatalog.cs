using System;
using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Binding;

/// <summary>A function of the formula language and how it becomes IR.</summary>
internal sealed record FunctionDefinition(string Name, int Arity, Func<ExprFactory, Expr[], Expr> Build);

/// <summary>The functions a formula can call (docs/dsl.md lists their domains and derivatives).</summary>
internal static class FunctionCatalog
{
    private static readonly FunctionDefinition[] s_functions =
    [
        Unary("abs", ExprKind.Abs),
        Unary("sign", ExprKind.Sign),
        Unary("sqrt", ExprKind.Sqrt),
        Unary("exp", ExprKind.Exp),
        Unary("log", ExprKind.Log),
        Unary("log1p", ExprKind.Log1p),
        Unary("expm1", ExprKind.Expm1),
        Unary("sigmoid", ExprKind.Sigmoid),
        Unary("softplus", ExprKind.Softplus),
        Unary("tanh", ExprKind.Tanh),
        Unary("sinh", ExprKind.Sinh),
        Unary("cosh", ExprKind.Cosh),
        new("square", 1, (f, a) => f.Power(a[0], f.Constant(2))),
        new("pow", 2, (f, a) => f.Power(a[0], a[1])),
        new("min", 2, (f, a) => f.Min(a[0], a[1])),
        new("max", 2, (f, a) => f.Max(a[0], a[1])),

        // clamp(x, lo, hi) passes the gradient to x on the closed interval [lo, hi], as torch.clamp does; written as
        // selects (not Math.Clamp, which throws when lo > hi) with strict tests so that x == lo selects x.
        new("clamp", 3, (f, a) => f.Select(f.Compare(ExprKind.Less, a[0], a[1]), a[1], f.Select(f.Compare(ExprKind.Greater, a[0], a[2]), a[2], a[0]))),
    ];

    private static readonly Dictionary<string, FunctionDefinition> s_byName = s_functions.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Names that vector losses will give meaning to; in a scalar loss they get a specific diagnostic.</summary>
    private static readonly HashSet<string> s_vectorFunctions = new(StringComparer.Ordinal)
    {
        "sum", "mean", "prod", "dot", "norm", "logsumexp", "softmax", "log_softmax", "argmax",
    };

    public static IEnumerable<string> Names => s_functions.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal);

    public static bool TryGet(string name, out FunctionDefinition function) => s_byName.TryGetValue(name, out function!);

    public static bool IsVectorFunction(string name) => s_vectorFunctions.Contains(name);

    private static FunctionDefinition Unary(string name, ExprKind kind) => new(name, 1, (f, a) => f.Function(kind, a[0]));
}
