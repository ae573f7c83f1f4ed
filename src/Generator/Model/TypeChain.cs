using System.Linq;
using LossGen.Generator.Helpers;

namespace LossGen.Generator.Model;

/// <summary>One type declaration enclosing a [Loss] method: <c>partial {Keyword} {Name}{TypeParameters}</c>.</summary>
internal sealed record ContainingType(string Keyword, string Name, string TypeParameters);

/// <summary>The namespace and the types, outermost first, that enclose a [Loss] method; the generated file mirrors them.</summary>
internal sealed record TypeChain(string? Namespace, EquatableArray<ContainingType> Types)
{
    /// <summary>The fully qualified name, e.g. <c>MyApp.Outer.Losses&lt;T&gt;</c>: the key that groups methods into one file.</summary>
    public string FullName =>
        string.Join(".", new[] { Namespace }.Concat(Types.Select(t => t.Name + t.TypeParameters)).Where(n => n is not null));

    /// <summary>A file-name-safe form of <see cref="FullName"/>.</summary>
    public string HintName =>
        new string(FullName.Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_').ToArray()) + ".g.cs";
}
