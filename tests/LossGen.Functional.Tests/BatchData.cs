using System;

namespace LossGen.Functional.Tests;

/// <summary>Deterministic test batches: uniform values in an interval, with NaN and infinities mixed in where asked.</summary>
internal static class BatchData
{
    public static double[] Values(int length, double from, double to, int seed, bool specials)
    {
        var random = new Random(seed);
        var values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = from + ((to - from) * random.NextDouble());
            if (specials && random.Next(16) == 0)
            {
                values[i] = random.Next(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity };
            }
        }

        return values;
    }

    public static float[] Single(double[] values) => Array.ConvertAll(values, v => (float)v);
}
