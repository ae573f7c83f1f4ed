using System;
using System.Reflection;

namespace LossGen.Functional.Tests;

/// <summary>
/// The generated members of a one-variable loss, found by the documented naming convention: Name, NameGradient,
/// NameHessian, NameWithGradient and NameWithGradientAndHessian.
/// </summary>
internal sealed class GeneratedMembers<T>
{
    private readonly MethodInfo _withGradient;
    private readonly MethodInfo _withGradientAndHessian;

    public GeneratedMembers(Type type, string name)
    {
        Value = Function(type, name);
        Gradient = Function(type, name + "Gradient");
        Hessian = Function(type, name + "Hessian");
        _withGradient = Method(type, name + "WithGradient", typeof(T), typeof(T).MakeByRefType());
        _withGradientAndHessian = Method(type, name + "WithGradientAndHessian", typeof(T), typeof(T).MakeByRefType(), typeof(T).MakeByRefType());
    }

    public Func<T, T> Value { get; }

    public Func<T, T> Gradient { get; }

    public Func<T, T> Hessian { get; }

    public (T Value, T Gradient) WithGradient(T p)
    {
        object?[] arguments = [p, null];
        object result = _withGradient.Invoke(null, arguments)!;
        return ((T)result, (T)arguments[1]!);
    }

    public (T Value, T Gradient, T Hessian) WithGradientAndHessian(T p)
    {
        object?[] arguments = [p, null, null];
        object result = _withGradientAndHessian.Invoke(null, arguments)!;
        return ((T)result, (T)arguments[1]!, (T)arguments[2]!);
    }

    private static Func<T, T> Function(Type type, string name) => Method(type, name, typeof(T)).CreateDelegate<Func<T, T>>();

    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
        ?? throw new InvalidOperationException($"The generator did not emit {type.Name}.{name}.");
}
