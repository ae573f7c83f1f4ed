using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Emit;

/// <summary>
/// Common-subexpression elimination for the methods of one loss: which nodes get a local variable, in what order,
/// under what name. A node is computed once when it is used more than once across all the loss's results, or when the
/// user named it in the formula; every other node is written inline where it is used. One plan serves every method
/// of the loss, so each result is evaluated by the same operations in each method (the fused value is bit for bit the
/// plain value) and a temporary's name means the same thing wherever it appears.
/// </summary>
internal sealed class TemporaryPlan
{
    private readonly Dictionary<Expr, string> _names;

    private TemporaryPlan(IReadOnlyList<Expr> temporaries, Dictionary<Expr, string> names)
    {
        Temporaries = temporaries;
        _names = names;
    }

    /// <summary>The nodes to compute into locals, in an order where each one's operands come first.</summary>
    public IReadOnlyList<Expr> Temporaries { get; }

    /// <summary>The temporaries that computing these roots reads, in evaluation order.</summary>
    public IEnumerable<Expr> TemporariesFor(IEnumerable<Expr> roots)
    {
        HashSet<Expr> reachable = ExprGraph.Reachable(roots);
        return Temporaries.Where(reachable.Contains);
    }

    public string? NameOf(Expr node) => _names.TryGetValue(node, out string? name) ? name : null;

    /// <param name="roots">What the methods compute.</param>
    /// <param name="definitionNames">The user's names for nodes.</param>
    /// <param name="reservedNames">Names already in use (parameters, outputs).</param>
    /// <param name="inputs">Nodes computed elsewhere and available under these names, read like leaves (a kernel's hoisted invariants).</param>
    public static TemporaryPlan Create(
        IEnumerable<Expr> roots, IReadOnlyDictionary<Expr, string> definitionNames, IEnumerable<string> reservedNames, IReadOnlyDictionary<Expr, string>? inputs = null)
    {
        inputs ??= new Dictionary<Expr, string>();
        Dictionary<Expr, int> uses = CountUses(roots, inputs);
        List<Expr> temporaries = uses
            .Where(pair => !pair.Key.IsLeaf && !inputs.ContainsKey(pair.Key) && (pair.Value > 1 || definitionNames.ContainsKey(pair.Key)))
            .Select(pair => pair.Key)
            .OrderBy(node => node.Id)
            .ToList();

        var taken = new HashSet<string>(reservedNames.Concat(inputs.Values));
        var names = new Dictionary<Expr, string>(inputs.ToDictionary(pair => pair.Key, pair => pair.Value));
        int numbered = 0;
        foreach (Expr node in temporaries)
        {
            string name = definitionNames.TryGetValue(node, out string? defined) ? defined : DescriptiveName(node, definitionNames) ?? $"{(node.IsCondition ? "c" : "t")}{++numbered}";
            names.Add(node, Unique(name, taken));
        }

        return new TemporaryPlan(temporaries, names);
    }

    /// <summary>
    /// How often each node is read by its parents (and once per root). A base raised to a small integer power counts
    /// once per multiplication it is written into, so that (a + b)^2 becomes t * t rather than computing a + b twice.
    /// </summary>
    private static Dictionary<Expr, int> CountUses(IEnumerable<Expr> roots, IReadOnlyDictionary<Expr, string> inputs)
    {
        var uses = new Dictionary<Expr, int>();
        var stack = new Stack<Expr>();

        void Use(Expr node, int count)
        {
            bool seen = uses.TryGetValue(node, out int previous);
            uses[node] = previous + count;
            if (!seen)
            {
                stack.Push(node);
            }
        }

        foreach (Expr root in roots)
        {
            Use(root, 1);
        }

        while (stack.Count > 0)
        {
            Expr node = stack.Pop();
            if (inputs.ContainsKey(node))
            {
                continue;
            }

            for (int i = 0; i < node.Arguments.Count; i++)
            {
                Use(node.Arguments[i], i == 0 && node.Kind == ExprKind.Power ? RepeatedMultiplications(node.Arguments[1]) : 1);
            }
        }

        return uses;
    }

    private static int RepeatedMultiplications(Expr exponent) =>
        exponent.Kind == ExprKind.Constant && System.Math.Abs(exponent.Value) is 2 or 3 or 4 ? 2 : 1;

    // sigmoid_p, abs_r: a function of a parameter or of a value the user named (not of a generated name, so that
    // nesting does not build sigmoid_sigmoid_sigmoid_p).
    private static string? DescriptiveName(Expr node, IReadOnlyDictionary<Expr, string> definitionNames)
    {
        if (!node.Kind.IsUnaryFunction())
        {
            return null;
        }

        Expr argument = node.Arguments[0];
        string? argumentName = argument.Kind == ExprKind.Parameter ? argument.ParameterName : definitionNames.TryGetValue(argument, out string? n) ? n : null;
        return argumentName is null ? null : $"{node.Kind.ToString().ToLowerInvariant()}_{argumentName}";
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        string candidate = name;
        for (int suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = $"{name}_{suffix}";
        }

        return candidate;
    }
}
