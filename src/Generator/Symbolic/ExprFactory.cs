using System;
using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Creates IR nodes, interned (hash-consed) and simplified on construction: every constructor returns the canonical
/// form of what it is asked for, so simplification, common-subexpression sharing and derivative size all follow from
/// building expressions through it. One factory serves one formula; its nodes never mix with another's.
/// </summary>
/// <remarks>
/// The rules are algebraic identities on real numbers (x - x = 0, 0 * x = 0, ...). They may turn an IEEE NaN or
/// infinity into a finite value, never the reverse; that is what keeps derivatives of the branch not taken from
/// leaking NaN (docs/derivatives.md).
/// </remarks>
internal sealed partial class ExprFactory
{
    /// <summary>
    /// More operations than this (node arguments, summed over the value and all its derivatives) would be more code than
    /// a loss should compile to; it is also what bounds the generator's time and memory per formula.
    /// </summary>
    public const int MaxOperations = 50_000;

    /// <summary>Deeper expressions are refused so that the recursive passes stay far from the stack's end.</summary>
    public const int MaxDepth = 400;

    private readonly Dictionary<NodeKey, Expr> _nodes = new();
    private int _operations;

    public ExprFactory()
    {
        Zero = Constant(0);
        One = Constant(1);
        True = Intern(ExprKind.True, []);
        False = Intern(ExprKind.False, []);
    }

    public Expr Zero { get; }

    public Expr One { get; }

    public Expr True { get; }

    public Expr False { get; }

    public Expr Constant(double value) =>
        // One zero and one NaN: -0.0 and the NaN payloads behave alike in every formula.
        Intern(ExprKind.Constant, [], value == 0 ? 0 : double.IsNaN(value) ? double.NaN : value);

    public Expr Parameter(int index, string name) => Intern(ExprKind.Parameter, [], parameterIndex: index, parameterName: name);

    private Expr Intern(ExprKind kind, Expr[] arguments, double value = 0, int parameterIndex = -1, string? parameterName = null)
    {
        var key = new NodeKey(kind, value, parameterIndex, arguments);
        if (_nodes.TryGetValue(key, out Expr? existing))
        {
            return existing;
        }

        // An n-ary sum or product costs one operation per operand: that is what it takes to write it out.
        _operations += Math.Max(1, arguments.Length);
        if (_operations > MaxOperations)
        {
            throw new ExpressionTooComplexException($"large: it and its derivatives need more than {MaxOperations} operations");
        }

        var node = new Expr(_nodes.Count, kind, value, parameterIndex, parameterName, arguments);
        if (node.Depth > MaxDepth)
        {
            throw new ExpressionTooComplexException($"deeply nested: its derivatives are more than {MaxDepth} operations deep");
        }

        _nodes.Add(key, node);
        return node;
    }

    private static Expr[] SortedById(IEnumerable<Expr> nodes) => nodes.OrderBy(n => n.Id).ToArray();

    /// <summary>Identity of a node for interning: arguments are compared by reference because they are interned already.</summary>
    private readonly struct NodeKey(ExprKind kind, double value, int parameterIndex, Expr[] arguments) : IEquatable<NodeKey>
    {
        private readonly ExprKind _kind = kind;
        private readonly long _valueBits = BitConverter.DoubleToInt64Bits(value);
        private readonly int _parameterIndex = parameterIndex;
        private readonly Expr[] _arguments = arguments;

        public bool Equals(NodeKey other)
        {
            if (_kind != other._kind || _valueBits != other._valueBits || _parameterIndex != other._parameterIndex
                || _arguments.Length != other._arguments.Length)
            {
                return false;
            }

            for (int i = 0; i < _arguments.Length; i++)
            {
                if (!ReferenceEquals(_arguments[i], other._arguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

        public override int GetHashCode()
        {
            int hash = ((int)_kind * 397) ^ _valueBits.GetHashCode() ^ (_parameterIndex * 7919);
            foreach (Expr argument in _arguments)
            {
                hash = unchecked((hash * 31) + argument.Id);
            }

            return hash;
        }
    }
}
