using System.Runtime.Intrinsics;

namespace LossGen.Batch;

/// <summary>
/// The formula-specific part of a generated batch method: one step at element <c>i</c> at each vector width, reading
/// the inputs and writing the outputs there, and returning the running sum it is given plus the per-sample losses
/// (the sum unchanged when the method reports no loss). Taking the sum lets the loss's last multiplication fuse with
/// the addition into one instruction. <see cref="BatchLoop"/> supplies everything else. Generated code implements it;
/// call the generated batch methods rather than using it directly.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
public interface IBatchKernel<T>
    where T : unmanaged
{
    /// <summary>
    /// Whether the loop runs two steps at a time, each adding into a sum of its own. It pays for a short step, where
    /// the latency of one sum would bound the loop; two long steps at once (exp, log) run out of vector registers.
    /// </summary>
    static abstract bool Unroll { get; }

    /// <summary>Elements i to i + 15 (float) or i + 7 (double).</summary>
    Vector512<T> Step512(nuint i, Vector512<T> sum);

    /// <summary>Elements i to i + 7 (float) or i + 3 (double).</summary>
    Vector256<T> Step256(nuint i, Vector256<T> sum);

    /// <summary>Elements i to i + 3 (float) or i + 1 (double).</summary>
    Vector128<T> Step128(nuint i, Vector128<T> sum);

    /// <summary>Element i alone, returning its loss: the tail, and every element when no vector width is accelerated.</summary>
    T Step1(nuint i);
}
