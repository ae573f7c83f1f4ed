using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Symbolic;

/// <summary>
/// Whether a candidate form equals the outer branch b of <c>|x| &lt; d ? a : b</c> wherever <c>|x| &gt; d</c>.
/// </summary>
/// <remarks>
/// Both are evaluated exactly, in rationals, at pseudo-random points (a fixed seed, so the generated code is stable)
/// until enough points fall on each side, <c>x &gt; d</c> and <c>x &lt; -d</c>. The forms compared are piecewise
/// rational functions; two rational functions that agree at many random points of a region agree on all of it
/// (Schwartz–Zippel: a false match needs every point to hit a root of their difference), so a rewrite never rests on
/// rounding luck. Then every parameter is set to +∞ and (unless bounded below) -∞ in turn, in IEEE doubles, so that the
/// candidate also gives what b gives there (the same infinity, or NaN where b is NaN). Anything the evaluators do not
/// cover (exp, log, ...) fails the check.
/// </remarks>
internal sealed class PiecewiseAgreement(Expr x, Expr d, Expr outside, ParameterDomains domains)
{
    private const int PointsPerSide = 8;
    private const int MaximumTries = 400;
    private const ulong Seed = 0x9E3779B97F4A7C15;

    public bool Holds(Expr candidate)
    {
        List<Expr> parameters = ExprGraph.Reachable([candidate, outside, x, d]).Where(n => n.Kind == ExprKind.Parameter).OrderBy(n => n.Id).ToList();
        var random = new SplitMix64(Seed);
        return AgreesExactly(candidate, parameters, random) && AgreesAtInfinities(candidate, parameters, random);
    }

    private bool AgreesExactly(Expr candidate, List<Expr> parameters, SplitMix64 random)
    {
        int above = 0, below = 0;
        for (int attempt = 0; attempt < MaximumTries && (above < PointsPerSide || below < PointsPerSide); attempt++)
        {
            Dictionary<Expr, Rational> point = parameters.ToDictionary(p => p, p => Sample(p, random));
            var exact = new ExactEvaluator(p => point[p]);
            if (exact.Number(x) is not Rational xValue || exact.Number(d) is not Rational dValue)
            {
                return false;
            }

            if (xValue.Abs().CompareTo(dValue) <= 0)
            {
                continue;
            }

            if (exact.Number(candidate) is not Rational got || exact.Number(outside) is not Rational expected || got != expected)
            {
                return false;
            }

            if (xValue.Sign > 0)
            {
                above++;
            }
            else
            {
                below++;
            }
        }

        return above >= PointsPerSide && below >= PointsPerSide;
    }

    private bool AgreesAtInfinities(Expr candidate, List<Expr> parameters, SplitMix64 random)
    {
        foreach (Expr parameter in parameters)
        {
            // A lower bound rules out -∞ but not +∞ (delta > 0 allows delta = +∞).
            double[] infinities = domains.LowerBound(parameter) is null ? [double.PositiveInfinity, double.NegativeInfinity] : [double.PositiveInfinity];
            foreach (double infinity in infinities)
            {
                Dictionary<Expr, double> point = parameters.ToDictionary(p => p, p => ToDouble(Sample(p, random)));
                point[parameter] = infinity;
                var ieee = new DoubleEvaluator(p => point[p]);
                double? got = ieee.Number(candidate), expected = ieee.Number(outside);
                bool same = got is double g && expected is double e && (g.Equals(e) || (double.IsNaN(g) && double.IsNaN(e)));
                bool outsideRegion = ieee.Number(x) is double xValue && ieee.Number(d) is double dValue && !(System.Math.Abs(xValue) > dValue);
                if (!same && !outsideRegion)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // n / 2^k with |n| < 2^20 and k < 12: exact in doubles, spread over six orders of magnitude, inside the domain.
    private Rational Sample(Expr parameter, SplitMix64 random)
    {
        long numerator = (long)(random.Next() % (1UL << 21)) - (1L << 20);
        long denominator = 1L << (int)(random.Next() % 12);
        Rational value = Rational.Of(numerator, denominator);
        return domains.LowerBound(parameter) is double bound && Rational.FromDouble(bound) is Rational lower
            ? lower + value.Abs() + Rational.Of(1, 1 << 12)
            : value;
    }

    private static double ToDouble(Rational value) => (double)value.Numerator / (double)value.Denominator;

    /// <summary>A small deterministic generator, the same on every runtime the generator may run on.</summary>
    private sealed class SplitMix64(ulong state)
    {
        public ulong Next()
        {
            ulong z = state += 0x9E3779B97F4A7C15;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
