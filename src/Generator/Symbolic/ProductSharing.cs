using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Common-subexpression elimination inside n-ary products. Canonical products are flat, so a*b*c*d and a*b*c*e share
/// no node even though both compute a*b*c; the product rule makes many such siblings. This pass repeatedly takes the
/// pair of factors that occurs together in the most products, computes it once as a grouped product and substitutes
/// it, until no pair is shared (the greedy pairing of n-ary CSE). For a chain of nested functions this turns the
/// quadratic Hessian back into a linear one. Small integer powers count as repeated factors (x^2 is x * x), since
/// that is how they are written out.
/// </summary>
/// <remarks>
/// Pair counts are kept up to date as products change, and the most shared pair comes from a sorted set, so a pass
/// costs O(F log P) per substitution after an O(sum of F^2) start, for products of F factors and P distinct pairs.
/// </remarks>
internal sealed class ProductSharing
{
    /// <summary>Larger products are left alone: the initial pair count is quadratic in the number of factors.</summary>
    private const int MaxFactors = 256;

    private readonly ExprFactory _factory;
    private readonly List<List<Expr>> _products = new();
    private readonly Dictionary<Expr, HashSet<int>> _productsWith = new();
    private readonly Dictionary<(Expr, Expr), int> _counts = new();

    // Ordered by count, most shared first, then by ids: the choice never depends on hashing.
    private readonly SortedSet<(int NegativeCount, int First, int Second)> _queue = new();
    private readonly Dictionary<(int, int), (Expr, Expr)> _pairsById = new();

    private ProductSharing(ExprFactory factory) => _factory = factory;

    /// <summary>Rewrites the roots with shared partial products; maps every node reachable from them to its rewritten form.</summary>
    public static Dictionary<Expr, Expr> Apply(ExprFactory factory, IEnumerable<Expr> roots, CancellationToken cancellationToken)
    {
        List<Expr> nodes = ExprGraph.Reachable(roots).ToList();
        var sharing = new ProductSharing(factory);
        var productIndex = new Dictionary<Expr, int>();
        foreach (Expr product in nodes.Where(n => n.Kind == ExprKind.Multiply).OrderBy(n => n.Id))
        {
            List<Expr> factors = Factors(product).ToList();
            if (factors.Count is >= 2 and <= MaxFactors)
            {
                productIndex.Add(product, sharing.Add(factors));
            }
        }

        while (sharing.MostSharedPair() is (Expr a, Expr b))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sharing.Substitute(a, b, factory.GroupedProduct([a, b]));
        }

        return sharing.Rebuild(nodes, productIndex);
    }

    /// <summary>The user's names for the rewritten nodes: a named node keeps its name through the rewrite (the first name wins).</summary>
    public static Dictionary<Expr, string> Rename(IReadOnlyDictionary<Expr, string> names, Dictionary<Expr, Expr> rewritten)
    {
        var renamed = new Dictionary<Expr, string>();
        foreach (KeyValuePair<Expr, string> definition in names.OrderBy(d => d.Key.Id))
        {
            Expr node = rewritten.TryGetValue(definition.Key, out Expr? after) ? after : definition.Key;
            if (!renamed.ContainsKey(node))
            {
                renamed.Add(node, definition.Value);
            }
        }

        return renamed;
    }

    private static IEnumerable<Expr> Factors(Expr product) =>
        product.Arguments.Where(a => a.Kind != ExprKind.Constant).SelectMany(factor =>
            factor.Kind == ExprKind.Power && factor.Arguments[1] is { Kind: ExprKind.Constant, Value: 2 or 3 or 4 } exponent
                ? Enumerable.Repeat(factor.Arguments[0], (int)exponent.Value)
                : [factor]);

    private int Add(List<Expr> factors)
    {
        int index = _products.Count;
        _products.Add(factors);
        foreach (Expr factor in factors.Distinct())
        {
            Index(factor).Add(index);
        }

        foreach ((Expr, Expr) pair in new HashSet<(Expr, Expr)>(PairsWith(factors, factors.Distinct())))
        {
            Count(pair, +1);
        }

        return index;
    }

    private (Expr, Expr)? MostSharedPair() =>
        _queue.Count > 0 && -_queue.Min.NegativeCount >= 2 ? _pairsById[(_queue.Min.First, _queue.Min.Second)] : null;

    /// <summary>Replaces one a and one b by their group in every product that has both.</summary>
    private void Substitute(Expr a, Expr b, Expr group)
    {
        int[] containing = ReferenceEquals(a, b)
            ? Index(a).Where(i => _products[i].Count(f => ReferenceEquals(f, a)) >= 2).ToArray()
            : Index(a).Intersect(Index(b)).ToArray();
        if (containing.Length < 2)
        {
            // Counts and products disagree: stop loudly rather than loop (the generator reports it as LG9999).
            throw new System.InvalidOperationException($"Product sharing lost track of a pair shared by {containing.Length} products.");
        }

        Expr[] touched = ReferenceEquals(a, b) ? [a, group] : [a, b, group];
        foreach (int index in containing)
        {
            List<Expr> factors = _products[index];
            var before = new HashSet<(Expr, Expr)>(PairsWith(factors, touched));
            factors.Remove(a);
            factors.Remove(b);
            factors.Add(group);
            var after = new HashSet<(Expr, Expr)>(PairsWith(factors, touched));

            foreach ((Expr, Expr) gone in before.Except(after))
            {
                Count(gone, -1);
            }

            foreach ((Expr, Expr) added in after.Except(before))
            {
                Count(added, +1);
            }

            foreach (Expr factor in touched)
            {
                if (factors.Contains(factor))
                {
                    Index(factor).Add(index);
                }
                else
                {
                    Index(factor).Remove(index);
                }
            }
        }
    }

    /// <summary>The distinct pairs of a product that include one of the given factors; x pairs with itself when it occurs twice.</summary>
    private static IEnumerable<(Expr, Expr)> PairsWith(List<Expr> factors, IEnumerable<Expr> of)
    {
        var multiplicity = new Dictionary<Expr, int>();
        foreach (Expr factor in factors)
        {
            multiplicity[factor] = multiplicity.TryGetValue(factor, out int m) ? m + 1 : 1;
        }

        foreach (Expr x in of.Where(multiplicity.ContainsKey))
        {
            foreach (KeyValuePair<Expr, int> y in multiplicity)
            {
                if (!ReferenceEquals(x, y.Key) || y.Value >= 2)
                {
                    yield return x.Id <= y.Key.Id ? (x, y.Key) : (y.Key, x);
                }
            }
        }
    }

    private void Count((Expr First, Expr Second) pair, int change)
    {
        int old = _counts.TryGetValue(pair, out int c) ? c : 0;
        int count = old + change;
        _counts[pair] = count;
        _queue.Remove((-old, pair.First.Id, pair.Second.Id));
        if (count > 0)
        {
            _queue.Add((-count, pair.First.Id, pair.Second.Id));
            _pairsById[(pair.First.Id, pair.Second.Id)] = pair;
        }
    }

    private HashSet<int> Index(Expr factor)
    {
        if (!_productsWith.TryGetValue(factor, out HashSet<int>? set))
        {
            set = new HashSet<int>();
            _productsWith.Add(factor, set);
        }

        return set;
    }

    // Bottom-up (ids order operands before their users), substituting rewritten operands and regrouped products.
    private Dictionary<Expr, Expr> Rebuild(List<Expr> nodes, Dictionary<Expr, int> productIndex)
    {
        var rewritten = new Dictionary<Expr, Expr>();
        foreach (Expr node in nodes.OrderBy(n => n.Id))
        {
            if (productIndex.TryGetValue(node, out int index))
            {
                Expr[] coefficient = node.Arguments.Where(a => a.Kind == ExprKind.Constant).ToArray();
                Expr[] factors = _products[index].Select(f => Rewrite(f, rewritten)).OrderBy(f => f.Id).ToArray();

                // A product that became a single group is that group.
                rewritten[node] = coefficient.Length == 0 && factors.Length == 1 ? factors[0] : _factory.WithArguments(node, [.. coefficient, .. factors]);
                continue;
            }

            Expr[] arguments = node.Arguments.Select(a => rewritten[a]).ToArray();
            bool unchanged = arguments.Select((a, i) => ReferenceEquals(a, node.Arguments[i])).All(same => same);
            rewritten[node] = unchanged ? node : _factory.WithArguments(node, arguments);
        }

        return rewritten;
    }

    // A group's operands are original nodes (rewritten already, having smaller ids) or earlier groups.
    private Expr Rewrite(Expr node, Dictionary<Expr, Expr> rewritten)
    {
        if (rewritten.TryGetValue(node, out Expr? done))
        {
            return done;
        }

        Expr result = _factory.GroupedProduct(node.Arguments.Select(a => Rewrite(a, rewritten)));
        rewritten[node] = result;
        return result;
    }
}
