using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LossGen.Benchmarks;

/// <summary>
/// The bandwidth ceiling for a fused loss-and-gradient pass: read the same two inputs, write the same output,
/// compute nothing but g = p - y. Vector512 (else Vector256), unrolled twice, one length check: as fast as this
/// machine moves 2 reads and 1 write.
/// </summary>
public static class Ceiling
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Subtract<T>(ReadOnlySpan<T> p, ReadOnlySpan<T> y, Span<T> g)
        where T : unmanaged
    {
        if (y.Length != p.Length || g.Length != p.Length)
        {
            throw new ArgumentException("The spans must have equal lengths.");
        }

        ref T pRef = ref MemoryMarshal.GetReference(p);
        ref T yRef = ref MemoryMarshal.GetReference(y);
        ref T gRef = ref MemoryMarshal.GetReference(g);
        nuint n = (nuint)p.Length, i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            nuint width = (nuint)Vector512<T>.Count;
            for (; i + (2 * width) <= n; i += 2 * width)
            {
                (Vector512.LoadUnsafe(ref pRef, i) - Vector512.LoadUnsafe(ref yRef, i)).StoreUnsafe(ref gRef, i);
                (Vector512.LoadUnsafe(ref pRef, i + width) - Vector512.LoadUnsafe(ref yRef, i + width)).StoreUnsafe(ref gRef, i + width);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            nuint width = (nuint)Vector256<T>.Count;
            for (; i + (2 * width) <= n; i += 2 * width)
            {
                (Vector256.LoadUnsafe(ref pRef, i) - Vector256.LoadUnsafe(ref yRef, i)).StoreUnsafe(ref gRef, i);
                (Vector256.LoadUnsafe(ref pRef, i + width) - Vector256.LoadUnsafe(ref yRef, i + width)).StoreUnsafe(ref gRef, i + width);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref gRef, i) = Scalar(Unsafe.Add(ref pRef, i), Unsafe.Add(ref yRef, i));
        }
    }

    private static T Scalar<T>(T p, T y)
        where T : unmanaged =>
        typeof(T) == typeof(float) ? (T)(object)((float)(object)p - (float)(object)y) : (T)(object)((double)(object)p - (double)(object)y);
}
