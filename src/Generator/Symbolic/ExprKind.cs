namespace LossGen.Generator.Symbolic;

/// <summary>
/// The operations of the IR. Every node is a number or a condition; vector shapes, reductions and indexing arrive as
/// new kinds (and a shape on <see cref="Expr"/>) without changing these.
/// </summary>
internal enum ExprKind
{
    // Leaves.
    Constant,
    Parameter,
    True,
    False,

    // Arithmetic. Add and Multiply are n-ary and canonical: flattened, like terms and powers collected, sorted.
    Add,
    Multiply,
    Power,

    // Elementwise functions.
    Abs,
    Sign,
    Sqrt,
    Exp,
    Log,
    Log1p,
    Expm1,
    Sigmoid,
    Softplus,
    Tanh,
    Sinh,
    Cosh,
    Max,
    Min,

    // Conditions.
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Not,

    // Piecewise: condition ? whenTrue : whenFalse.
    Select,
}

internal static class ExprKindFacts
{
    public static bool IsCondition(this ExprKind kind) =>
        kind is ExprKind.True or ExprKind.False or (>= ExprKind.Less and <= ExprKind.Not);

    public static bool IsComparison(this ExprKind kind) => kind is >= ExprKind.Less and <= ExprKind.NotEqual;

    public static bool IsUnaryFunction(this ExprKind kind) => kind is >= ExprKind.Abs and <= ExprKind.Cosh;
}
