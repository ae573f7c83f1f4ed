using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using LossGen.Generator.Model;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Emit;

/// <summary>
/// Writes the batch methods of one loss over spans (<c>NameSum</c>, <c>NameMean</c>, and span overloads of
/// <c>NameGradient</c>, <c>NameWithGradient</c>, <c>NameHessian</c>, each also with per-sample weights) and the kernel
/// struct behind each: the formula as one step per vector width, which <c>LossGen.Batch.BatchLoop</c> runs over the
/// batch. See docs/batch.md.
/// </summary>
internal sealed class BatchEmitter
{
    /// <summary>The namespace of the kernel structs; they are file-local, so every generated file can use it.</summary>
    public const string KernelNamespace = "LossGen.Generated";

    private const string Span = "global::System.Span";
    private const string ReadOnlySpan = "global::System.ReadOnlySpan";
    private const string Reduction = "global::LossGen.Reduction";

    private readonly LossMethodModel _model;
    private readonly OutputNames _outputs;
    private readonly string _type;
    private readonly string _typeTitle;
    private readonly string _weights;
    private readonly string _scale;
    private readonly string _reduction;
    private readonly string _kernel;
    private readonly string _total;
    private readonly string _index;
    private readonly string _sum;
    private readonly Notation _scalar;
    private readonly SourceWriter _members;
    private readonly SourceWriter _kernels = new(1);
    private readonly LoopInvariants _invariants;
    private readonly ParameterDomains _domains;

    private BatchEmitter(LossMethodModel model, LoopInvariants invariants, ParameterDomains domains, string weights, string scale, int indentLevel)
    {
        _model = model;
        _invariants = invariants;
        _domains = domains;
        _outputs = new OutputNames(model.Variables.ToList(), model.Parameters.Select(p => p.Name).Concat([weights, scale]));
        _type = model.ScalarType == ScalarType.Float ? "float" : "double";
        _typeTitle = model.ScalarType == ScalarType.Float ? "Single" : "Double";
        _weights = weights;
        _scale = scale;
        _scalar = Notation.CSharp(model.ScalarType);
        _members = new SourceWriter(indentLevel);

        // The batch methods' own names must not clash with the loss's parameters or outputs.
        var taken = new HashSet<string>(model.Parameters.Select(p => p.Name).Concat([weights, scale]).Concat(_outputs.Gradient.Concat(_outputs.Hessian).Select(o => o.Parameter)));
        string Free(string name)
        {
            while (!taken.Add(name))
            {
                name += "_";
            }

            return name;
        }

        _reduction = Free("reduction");
        _kernel = Free("kernel");
        _total = Free("total");
        _index = Free("i");
        _sum = Free("sum");
    }

    private IEnumerable<ParameterModel> PerSample => _model.Parameters.Where(p => !p.IsBroadcast);

    private ParameterModel First => PerSample.First();

    private string Cref => $"{_model.Name}({string.Join(", ", _model.Parameters.Select(_ => _type))})";

    /// <summary>The batch members (for the loss's type) and the kernel structs (for <see cref="KernelNamespace"/>).</summary>
    /// <param name="model">The loss.</param>
    /// <param name="kernels">Its kernels, from <see cref="BatchKernel.Build"/>.</param>
    /// <param name="invariants">What each kernel computes once per batch rather than per sample.</param>
    /// <param name="domains">What the values are known to be, which lets min and max use the native instructions and log1p a narrower form.</param>
    /// <param name="weights">The name of the weights parameter, and of the weight inside the kernels.</param>
    /// <param name="scale">The name of the reduction's scale inside the kernels.</param>
    /// <param name="indentLevel">The indentation of members in the generated file.</param>
    public static (string Members, string Kernels) Emit(
        LossMethodModel model, IReadOnlyList<BatchKernel> kernels, LoopInvariants invariants, ParameterDomains domains, string weights, string scale, int indentLevel)
    {
        var emitter = new BatchEmitter(model, invariants, domains, weights, scale, indentLevel);
        foreach (BatchKernel kernel in kernels)
        {
            emitter.WriteKernel(kernel);
        }

        foreach (bool weighted in new[] { false, true })
        {
            BatchKernel Of(BatchKernelKind kind) => kernels.Single(k => k.Kind == kind && k.Weighted == weighted && !k.OfSum);
            BatchKernel? OfSum(BatchKernelKind kind) => kernels.SingleOrDefault(k => k.Kind == kind && k.Weighted == weighted && k.OfSum);
            emitter.WriteReduction(Of(BatchKernelKind.Value), mean: false);
            emitter.WriteReduction(Of(BatchKernelKind.Value), mean: true);
            foreach ((BatchKernelKind kind, string suffix) in new[]
            {
                (BatchKernelKind.Gradient, "Gradient"), (BatchKernelKind.ValueAndGradient, "WithGradient"), (BatchKernelKind.Hessian, "Hessian"),
            })
            {
                emitter.WriteOutputs(Of(kind), OfSum(kind), suffix, kind == BatchKernelKind.Hessian ? emitter._outputs.Hessian : emitter._outputs.Gradient);
            }
        }

        return (emitter._members.ToString(), emitter._kernels.ToString());
    }

    private string KernelName(BatchKernel kernel) =>
        $"{_model.Name}{_typeTitle}{(kernel.Weighted ? "Weighted" : "")}{kernel.Kind}{(kernel.OfSum ? "OfSum" : "")}Kernel";

    private void WriteReduction(BatchKernel kernel, bool mean)
    {
        string weighted = kernel.Weighted ? $", weighted by <paramref name=\"{_weights}\"/>" : "";
        string what = mean ? $"The mean over a batch of <see cref=\"{Cref}\"/>{weighted}: the sum divided by the number of samples (NaN for an empty batch)."
            : $"The sum over a batch of <see cref=\"{Cref}\"/>{weighted} (0 for an empty batch).";
        WriteDocs(what);
        WriteAttributes();
        _members.Line($"{_model.Accessibility} static double {_model.Name}{(mean ? "Mean" : "Sum")}({Parameters(kernel.Weighted, outputs: [], reduction: false)})");
        _members.Open();
        WriteChecks(kernel.Weighted, outputs: []);
        string total = Run(kernel, outputs: []);
        _members.Line(mean ? $"return {total} / {Length};" : $"return {total};");
        _members.Close().Line();
    }

    // ofSum, when the loss has one, leaves out the multiplication by the scale, which is 1 for a sum.
    private void WriteOutputs(BatchKernel kernel, BatchKernel? ofSum, string suffix, IReadOnlyList<OutputName> outputs)
    {
        bool returnsValue = kernel.Kind == BatchKernelKind.ValueAndGradient;
        string weighted = kernel.Weighted ? $", weighted by <paramref name=\"{_weights}\"/>," : "";
        string what = kernel.Kind switch
        {
            BatchKernelKind.Gradient => $"The gradient of the sum (or the mean) over a batch of <see cref=\"{Cref}\"/>{weighted} with respect to each sample's {Variables}.",
            BatchKernelKind.ValueAndGradient => $"The sum (or the mean) over a batch of <see cref=\"{Cref}\"/>{weighted} and its gradient with respect to each sample's {Variables}, in one pass.",
            _ => $"The second derivatives of the sum (or the mean) over a batch of <see cref=\"{Cref}\"/>{weighted} with respect to each sample's {Variables}.",
        };
        WriteDocs(what);
        WriteAttributes();
        _members.Line($"{_model.Accessibility} static {(returnsValue ? "double" : "void")} {_model.Name}{suffix}({Parameters(kernel.Weighted, outputs, reduction: true)})");
        _members.Open();
        WriteChecks(kernel.Weighted, outputs);
        string assign = returnsValue ? $"{_total} = " : "";
        if (ofSum is null)
        {
            WriteScaleAndRun(kernel, outputs, returnsValue ? $"double {_total} = " : "");
        }
        else
        {
            if (returnsValue)
            {
                _members.Line($"double {_total};");
            }

            _members.Line($"if ({_reduction} == {Reduction}.Sum)");
            _members.Open();
            _members.Line($"{assign}{Run(ofSum, outputs)};");
            _members.Close();
            _members.Line("else");
            _members.Open();
            WriteScaleAndRun(kernel, outputs, assign);
            _members.Close();
            if (returnsValue)
            {
                _members.Line();
            }
        }

        if (returnsValue)
        {
            _members.Line($"return {_reduction} == {Reduction}.Mean ? {_total} / {Length} : {_total};");
        }

        _members.Close().Line();
    }

    private void WriteScaleAndRun(BatchKernel kernel, IReadOnlyList<OutputName> outputs, string assign)
    {
        string cast = _type == "float" ? "(float)" : "";
        _members.Line($"{_type} {_scale} = {cast}global::LossGen.Batch.BatchArguments.Scale({_reduction}, {Length});");
        _members.Line($"{assign}{Run(kernel, outputs)};");
    }

    private string Variables => string.Join(", ", _model.Variables.Select(v => $"<c>{v.Name}</c>"));

    private string Length => $"{Local(First.Name)}.Length";

    private string Parameters(bool weighted, IReadOnlyList<OutputName> outputs, bool reduction)
    {
        IEnumerable<string> parameters = _model.Parameters.Select(p => p.IsBroadcast ? $"{_type} {Local(p.Name)}" : $"{ReadOnlySpan}<{_type}> {Local(p.Name)}");
        if (weighted)
        {
            parameters = parameters.Append($"{ReadOnlySpan}<{_type}> {Local(_weights)}");
        }

        parameters = parameters.Concat(outputs.Select(o => $"{Span}<{_type}> {o.Parameter}"));
        return string.Join(", ", reduction ? parameters.Append($"{Reduction} {_reduction} = {Reduction}.Sum") : parameters);
    }

    // Every span against the first per-sample one and every requirement, before anything is written.
    private void WriteChecks(bool weighted, IReadOnlyList<OutputName> outputs)
    {
        IEnumerable<string> spans = PerSample.Skip(1).Select(p => p.Name).Concat(weighted ? [_weights] : []).Concat(outputs.Select(o => o.Parameter));
        foreach (string span in spans)
        {
            _members.Line($"global::LossGen.Batch.BatchArguments.RequireLength({Local(span)}.Length, {Length}, nameof({Local(span)}), nameof({Local(First.Name)}));");
        }

        foreach (ParameterModel parameter in _model.Parameters)
        {
            foreach (Requirement requirement in parameter.Requirements)
            {
                string condition = $"{Local(parameter.Name)} {Operator(requirement.Kind)} {_scalar.Literal(requirement.Bound)}";
                _members.Line($"global::LossGen.Batch.BatchArguments.Require({condition}, {Local(parameter.Name)}, nameof({Local(parameter.Name)}), {SymbolDisplay.FormatLiteral(requirement.Text, quote: true)});");
            }
        }
    }

    private static string Operator(BoundKind kind) => kind switch
    {
        BoundKind.Greater => ">",
        BoundKind.GreaterOrEqual => ">=",
        BoundKind.Less => "<",
        _ => "<=",
    };

    private string Run(BatchKernel kernel, IReadOnlyList<OutputName> outputs)
    {
        string name = $"global::{KernelNamespace}.{KernelName(kernel)}";
        IEnumerable<string> arguments = KernelFields(kernel, outputs).Select(f => f.IsSpan ? $"ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference({Local(f.Name)})" : Local(f.Name));
        _members.Line($"var {_kernel} = new {name}({string.Join(", ", arguments)});");
        return $"global::LossGen.Batch.BatchLoop.Run<{_type}, {name}>(ref {_kernel}, {Length})";
    }

    // The inputs a kernel reads (spans by reference, broadcast values by value) and the spans it writes.
    private List<(string Name, bool IsSpan)> KernelFields(BatchKernel kernel, IReadOnlyList<OutputName> outputs)
    {
        HashSet<Expr> reachable = ExprGraph.Reachable(kernel.Roots);
        bool Reads(string name) => reachable.Any(n => n.Kind == ExprKind.Parameter && n.ParameterName == name);
        var fields = _model.Parameters.Where(p => Reads(p.Name)).Select(p => (p.Name, !p.IsBroadcast)).ToList();
        if (Reads(_weights))
        {
            fields.Add((_weights, true));
        }

        if (Reads(_scale))
        {
            fields.Add((_scale, false));
        }

        fields.AddRange(outputs.Select(o => (o.Parameter, true)));
        return fields;
    }

    private void WriteKernel(BatchKernel kernel)
    {
        IReadOnlyList<OutputName> outputs = kernel.Kind switch
        {
            BatchKernelKind.Gradient or BatchKernelKind.ValueAndGradient => _outputs.Gradient,
            BatchKernelKind.Hessian => _outputs.Hessian,
            _ => [],
        };

        // The constructor takes every input the kernel depends on and computes the per-batch invariants once; the
        // steps read the inputs that remain per sample, and the invariants, from fields.
        List<(string Name, bool IsSpan)> arguments = KernelFields(kernel, outputs);
        var inputs = arguments.Take(arguments.Count - outputs.Count).ToList();
        List<Expr> hoisted = _invariants.Hoistable(kernel.Roots);
        var taken = new HashSet<string>(arguments.Select(a => a.Name).Append(_index).Append(_sum));
        var hoistedNames = new Dictionary<Expr, string>();
        foreach (Expr node in hoisted)
        {
            string invariant = kernel.DefinitionNames.TryGetValue(node, out string? defined) ? defined : $"h{hoistedNames.Count + 1}";
            while (!taken.Add(invariant))
            {
                invariant += "_";
            }

            hoistedNames.Add(node, invariant);
        }

        // The parameters the steps read themselves, outside the hoisted invariants.
        var hoistedSet = new HashSet<Expr>(hoisted);
        var stepReads = new HashSet<string>(ExprGraph.Reachable(kernel.Roots, hoistedSet.Contains)
            .Where(n => n.Kind == ExprKind.Parameter)
            .Select(n => n.ParameterName!));
        var stepInputs = inputs.Where(i => stepReads.Contains(i.Name)).ToList();
        TemporaryPlan plan = TemporaryPlan.Create(kernel.Roots, kernel.DefinitionNames, taken, hoistedNames);
        string name = KernelName(kernel);

        string of = kernel.OfSum ? " of the sum" : "";
        _kernels.Line($"/// <summary>The per-sample step of <c>{_model.ContainingType.FullName}.{_model.Name}</c> ({kernel.Kind}{of}{(kernel.Weighted ? ", weighted" : "")}, {_type}).</summary>");
        string[] requirements = _model.Parameters.SelectMany(p => p.Requirements).Select(r => $"<c>{XmlText.Escape(r.Text)}</c>").ToArray();
        if (requirements.Length > 0)
        {
            _kernels.Line($"/// <remarks>May rely on {string.Join(" and ", requirements)}, which the batch methods check before running it (docs/batch.md, clamp forms).</remarks>");
        }

        _kernels.Line($"file ref struct {name} : IBatchKernel<{_type}>");
        _kernels.Open();
        foreach ((string field, bool isSpan) in stepInputs.Concat(outputs.Select(o => (o.Parameter, true))))
        {
            _kernels.Line($"private readonly {(isSpan ? "ref " : "")}{_type} _{field};");
        }

        foreach (Expr node in hoisted)
        {
            _kernels.Line($"private readonly {_type} _{hoistedNames[node]};");
        }

        _kernels.Line();
        _kernels.Line($"public {name}({string.Join(", ", arguments.Select(a => $"{(a.IsSpan ? "ref " : "")}{_type} {Local(a.Name)}"))})");
        _kernels.Open();
        foreach ((string field, bool isSpan) in stepInputs.Concat(outputs.Select(o => (o.Parameter, true))))
        {
            _kernels.Line($"this._{field} = {(isSpan ? "ref " : "")}{Local(field)};");
        }

        var constructorWriter = new ExpressionWriter(_scalar, _ => null);
        foreach (Expr node in hoisted)
        {
            _kernels.Line($"this._{hoistedNames[node]} = {constructorWriter.Write(node)};");
        }

        _kernels.Close();
        _kernels.Line();
        _kernels.Line($"public static bool Unroll => {(kernel.IsShort ? "true" : "false")};");
        foreach (int width in new[] { 512, 256, 128 })
        {
            _kernels.Line();
            WriteVectorStep(kernel, plan, stepInputs, hoistedNames, outputs, width);
        }

        _kernels.Line();
        WriteScalarStep(kernel, plan, stepInputs, hoistedNames, outputs);
        _kernels.Close().Line();
    }

    private void WriteVectorStep(
        BatchKernel kernel, TemporaryPlan plan, List<(string Name, bool IsSpan)> inputs, Dictionary<Expr, string> hoisted, IReadOnlyList<OutputName> outputs, int width)
    {
        string vector = $"Vector{width}<{_type}>";

        // What is the same for every sample is broadcast where it is used rather than into a local: the JIT hoists the
        // broadcast out of the loop either way, but copies a local's register on every iteration.
        var broadcasts = inputs.Where(i => !i.IsSpan).Select(i => i.Name).Concat(hoisted.Values).ToDictionary(n => n, n => $"Vector{width}.Create(this._{n})");
        string? NameOf(Expr node) =>
            (plan.NameOf(node) ?? node.ParameterName) is { } name && broadcasts.TryGetValue(name, out string? broadcast) ? broadcast : plan.NameOf(node);

        var notation = Notation.Vector(width, _model.ScalarType);
        var writer = new ExpressionWriter(notation, NameOf, _domains);
        _kernels.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        _kernels.Line($"public {vector} Step{width}(nuint {_index}, {vector} {_sum})");
        _kernels.Open();
        foreach ((string input, bool isSpan) in inputs.Where(i => i.IsSpan))
        {
            _kernels.Line($"{vector} {Local(input)} = Vector{width}.LoadUnsafe(ref this._{input}, {_index});");
        }

        foreach (Expr temporary in plan.Temporaries)
        {
            _kernels.Line($"{vector} {plan.NameOf(temporary)} = {writer.WriteDefinition(temporary)};");
        }

        for (int o = 0; o < outputs.Count; o++)
        {
            _kernels.Line($"Vector{width}.StoreUnsafe({writer.Write(kernel.Outputs[o])}, ref this._{outputs[o].Parameter}, {_index});");
        }

        // The loss only goes into the sum, which batch methods do not promise to round like the scalar code.
        var sumWriter = new ExpressionWriter(notation, NameOf, _domains, fuseMultiplyAdd: true);
        _kernels.Line($"return {(kernel.Value is null ? _sum : sumWriter.WriteAccumulation(kernel.Value, _sum))};");
        _kernels.Close();
    }

    private void WriteScalarStep(
        BatchKernel kernel, TemporaryPlan plan, List<(string Name, bool IsSpan)> inputs, Dictionary<Expr, string> hoisted, IReadOnlyList<OutputName> outputs)
    {
        var writer = new ExpressionWriter(_scalar, plan.NameOf);
        _kernels.Line("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        _kernels.Line($"public {_type} Step1(nuint {_index})");
        _kernels.Open();
        foreach ((string input, bool isSpan) in inputs)
        {
            _kernels.Line($"{_type} {Local(input)} = {(isSpan ? $"Unsafe.Add(ref this._{input}, {_index})" : $"this._{input}")};");
        }

        foreach (string invariant in hoisted.Values)
        {
            _kernels.Line($"{_type} {invariant} = this._{invariant};");
        }

        foreach (Expr temporary in plan.Temporaries)
        {
            _kernels.Line($"{(temporary.IsCondition ? "bool" : _type)} {plan.NameOf(temporary)} = {writer.WriteDefinition(temporary)};");
        }

        for (int o = 0; o < outputs.Count; o++)
        {
            _kernels.Line($"Unsafe.Add(ref this._{outputs[o].Parameter}, {_index}) = {writer.Write(kernel.Outputs[o])};");
        }

        _kernels.Line($"return {(kernel.Value is null ? _scalar.Literal(0) : writer.Write(kernel.Value))};");
        _kernels.Close();
    }

    private void WriteDocs(string summary)
    {
        _members.Line($"/// <summary>{summary}</summary>");
        _members.Line("/// <remarks>");
        _members.Line($"/// One pass over the batch, vectorized. {Broadcasts}Every span must have as many elements as <paramref name=\"{First.Name}\"/>; otherwise");
        _members.Line("/// <see cref=\"global::System.ArgumentException\"/> is thrown before anything is written.");
        foreach (Requirement requirement in _model.Parameters.SelectMany(p => p.Requirements))
        {
            _members.Line($"/// Requires <c>{XmlText.Escape(requirement.Text)}</c> (otherwise <see cref=\"global::System.ArgumentOutOfRangeException\"/>).");
        }

        _members.Line("/// </remarks>");
    }

    private string Broadcasts
    {
        get
        {
            string[] names = _model.Parameters.Where(p => p.IsBroadcast).Select(p => $"<paramref name=\"{p.Name}\"/>").ToArray();
            return names.Length == 0 ? "" : $"{string.Join(" and ", names)} {(names.Length == 1 ? "is" : "are")} the same for every sample. ";
        }
    }

    private void WriteAttributes()
    {
        _members.Line($"[global::System.CodeDom.Compiler.GeneratedCode(\"{GeneratorInfo.Name}\", \"{GeneratorInfo.Version}\")]");

        // Tier-0 code of a vector loop is many times slower, and call counting takes long to promote it on small batches.
        _members.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]");
    }

    private string Local(string name) => _scalar.Identifier(name);
}
