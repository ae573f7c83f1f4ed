using System;
using System.Collections.Generic;
using System.Linq;

namespace LossGen.Generator.Helpers;

/// <summary>Suggests the candidate closest to a misspelled name, for "did you mean" hints.</summary>
internal static class NearestName
{
    /// <summary>The closest candidate within an edit distance of a third of the name (at least 1), or null.</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        int limit = Math.Max(1, name.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(name, candidate)))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Select(c => c.candidate)
            .FirstOrDefault();
    }

    /// <summary>"; did you mean 'x'?" or nothing: the tail of an unknown-name message.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        Find(name, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : "";

    // Levenshtein distance, case-insensitive so that 'P' suggests 'p'.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
