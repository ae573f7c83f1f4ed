using System.Collections.Generic;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// A node of the expression DAG. Nodes are created only by an <see cref="ExprFactory"/>, which interns them: two
/// structurally equal nodes of one factory are the same object, so reference equality is structural equality and
/// every shared subexpression exists once.
/// </summary>
internal sealed class Expr
{
    internal Expr(int id, ExprKind kind, double value, int parameterIndex, string? parameterName, Expr[] arguments)
    {
        Id = id;
        Kind = kind;
        Value = value;
        ParameterIndex = parameterIndex;
        ParameterName = parameterName;
        Arguments = arguments;
        foreach (Expr argument in arguments)
        {
            Depth = System.Math.Max(Depth, argument.Depth + 1);
        }
    }

    /// <summary>Creation order in the factory. Arguments always have smaller ids, so sorting by id is a valid evaluation order.</summary>
    public int Id { get; }

    public ExprKind Kind { get; }

    /// <summary>The number, for <see cref="ExprKind.Constant"/>.</summary>
    public double Value { get; }

    /// <summary>The position among the loss's parameters, for <see cref="ExprKind.Parameter"/>.</summary>
    public int ParameterIndex { get; }

    /// <summary>The parameter's name, for <see cref="ExprKind.Parameter"/>.</summary>
    public string? ParameterName { get; }

    public IReadOnlyList<Expr> Arguments { get; }

    /// <summary>The longest path to a leaf; bounded by the factory so that recursive passes cannot overflow the stack.</summary>
    public int Depth { get; }

    public bool IsCondition => Kind.IsCondition();

    public bool IsLeaf => Arguments.Count == 0;

    public bool IsConstant(double value) => Kind == ExprKind.Constant && Value.Equals(value);
}
