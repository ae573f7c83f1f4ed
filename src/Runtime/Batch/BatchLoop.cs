using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using LossGen.Vectors;

namespace LossGen.Batch;

/// <summary>
/// Runs a batch kernel over every element once: the widest accelerated vector width (Vector512, else Vector256, else
/// Vector128; never Vector&lt;T&gt;), unrolled twice with independent accumulators when the kernel's step is short,
/// then single vectors, then a scalar tail. The JIT specializes it for each kernel struct, inlining the steps, and
/// drops the widths the machine does not accelerate.
/// </summary>
/// <remarks>
/// The returned sum is accumulated in lanes of T and added into a double every <see cref="FlushBlock"/> elements:
/// a float lane adds at most a few hundred terms before its sum is widened, so the relative error of a float sum stays
/// near 1e-7 however long the batch. The order of additions depends only on the length and the vector width, so a
/// result is the same on every run on one machine.
/// </remarks>
public static class BatchLoop
{
    /// <summary>Elements summed in vector lanes before the lanes are added into the double total.</summary>
    public const int FlushBlock = 4096;

    /// <summary>The vector width, in bits, that <see cref="Run{T, TKernel}"/> uses on this machine for elements of type T; 1 when none is accelerated.</summary>
    public static int VectorWidth<T>()
        where T : unmanaged =>
        Width512<T>.IsAccelerated ? 512 : Width256<T>.IsAccelerated ? 256 : Width128<T>.IsAccelerated ? 128 : 1;

    /// <summary>Runs the kernel on elements 0 to <paramref name="length"/> - 1 and returns the sum of what its steps return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Run<T, TKernel>(scoped ref TKernel kernel, int length)
        where T : unmanaged
        where TKernel : IBatchKernel<T>, allows ref struct
    {
        nuint n = (nuint)length;
        nuint i = 0;
        double total = Width512<T>.IsAccelerated ? Vectors<T, TKernel, Width512<T>, Vector512<T>>(kernel, n, out i)
            : Width256<T>.IsAccelerated ? Vectors<T, TKernel, Width256<T>, Vector256<T>>(kernel, n, out i)
            : Width128<T>.IsAccelerated ? Vectors<T, TKernel, Width128<T>, Vector128<T>>(kernel, n, out i)
            : 0;

        for (; i < n; i++)
        {
            T value = kernel.Step1(i);
            total += typeof(T) == typeof(float) ? Unsafe.As<T, float>(ref value) : Unsafe.As<T, double>(ref value);
        }

        return total;
    }

    // Compiled on its own, with the kernel by value. Inlined into the batch method, a long step (exp and log, for binary
    // cross-entropy) ran past the JIT's inlining budget there and became a call per vector, with the running sum passed
    // through the stack; with the kernel by reference, the JIT reloaded its fields on every iteration, since a store to
    // an output might have changed them.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static double Vectors<T, TKernel, TWidth, TVector>(TKernel kernel, nuint n, out nuint end)
        where T : unmanaged
        where TKernel : IBatchKernel<T>, allows ref struct
        where TWidth : IVectorWidth<TVector, T>
        where TVector : struct
    {
        nuint width = (nuint)TWidth.Count;
        nuint i = 0;
        double total = 0;
        while (i + width <= n)
        {
            nuint blockEnd = Math.Min(n, i + FlushBlock);
            TVector first = TWidth.Zero, second = TWidth.Zero;

            // Loops written as do-while: as for loops, the JIT left them with a jump back to the test at the top.
            if (TKernel.Unroll && i + (2 * width) <= blockEnd)
            {
                do
                {
                    first = TWidth.Step(ref kernel, i, first);
                    second = TWidth.Step(ref kernel, i + width, second);
                    i += 2 * width;
                }
                while (i + (2 * width) <= blockEnd);
            }

            if (i + width <= blockEnd)
            {
                do
                {
                    first = TWidth.Step(ref kernel, i, first);
                    i += width;
                }
                while (i + width <= blockEnd);
            }

            total += TWidth.Sum(TWidth.Add(first, second));
        }

        end = i;
        return total;
    }
}
