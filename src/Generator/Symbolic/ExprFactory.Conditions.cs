using System.Diagnostics;

namespace LossGen.Generator.Symbolic;

internal sealed partial class ExprFactory
{
    /// <summary>A comparison of two numbers; folded when both are constants (IEEE semantics: NaN compares false).</summary>
    public Expr Compare(ExprKind kind, Expr left, Expr right)
    {
        Debug.Assert(kind.IsComparison(), "not a comparison");
        if (left.Kind == ExprKind.Constant && right.Kind == ExprKind.Constant)
        {
            double a = left.Value, b = right.Value;
            bool result = kind switch
            {
                ExprKind.Less => a < b,
                ExprKind.LessOrEqual => a <= b,
                ExprKind.Greater => a > b,
                ExprKind.GreaterOrEqual => a >= b,
                ExprKind.Equal => a == b,
                _ => a != b,
            };
            return result ? True : False;
        }

        return Intern(kind, [left, right]);
    }

    public Expr And(Expr left, Expr right) =>
        left == False || right == False ? False
        : left == True ? right
        : right == True || ReferenceEquals(left, right) ? left
        : Intern(ExprKind.And, [left, right]);

    public Expr Or(Expr left, Expr right) =>
        left == True || right == True ? True
        : left == False ? right
        : right == False || ReferenceEquals(left, right) ? left
        : Intern(ExprKind.Or, [left, right]);

    public Expr Not(Expr operand) =>
        operand == True ? False
        : operand == False ? True
        : operand.Kind == ExprKind.Not ? operand.Arguments[0]
        : Intern(ExprKind.Not, [operand]);

    /// <summary>
    /// condition ? whenTrue : whenFalse. Equal branches need no condition; a negated condition swaps the branches
    /// (exact even for NaN, since both read the same comparison).
    /// </summary>
    public Expr Select(Expr condition, Expr whenTrue, Expr whenFalse) =>
        condition == True ? whenTrue
        : condition == False ? whenFalse
        : ReferenceEquals(whenTrue, whenFalse) ? whenTrue
        : condition.Kind == ExprKind.Not ? Select(condition.Arguments[0], whenFalse, whenTrue)
        : Intern(ExprKind.Select, [condition, whenTrue, whenFalse]);
}
