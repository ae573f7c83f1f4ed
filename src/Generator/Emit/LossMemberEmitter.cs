using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Model;
using LossGen.Generator.Symbolic;

namespace LossGen.Generator.Emit;

/// <summary>
/// Writes the members of one loss <c>Name</c>: the partial method's body (the value), <c>NameGradient</c>,
/// <c>NameHessian</c>, <c>NameWithGradient</c> and <c>NameWithGradientAndHessian</c>. Each method computes every
/// shared subexpression once; the doc comments give each result in formula notation, from the unshared math form.
/// </summary>
internal sealed class LossMemberEmitter
{
    private readonly LossMethodModel _model;
    private readonly LossDerivatives _math;
    private readonly LossDerivatives _code;
    private readonly OutputNames _outputs;
    private readonly TemporaryPlan _plan;
    private readonly ExpressionWriter _csharp;
    private readonly SourceWriter _writer;
    private readonly string _type;
    private readonly string _parameters;

    private LossMemberEmitter(LossMethodModel model, LossDerivatives math, LossDerivatives code, int indentLevel)
    {
        _model = model;
        _math = math;
        _code = code;
        _outputs = new OutputNames(model.Variables.ToList(), model.Parameters.Select(p => p.Name));
        _writer = new SourceWriter(indentLevel);
        _type = model.ScalarType == ScalarType.Float ? "float" : "double";
        Notation csharp = Notation.CSharp(model.ScalarType);
        _parameters = string.Join(", ", model.Parameters.Select(p => $"{_type} {csharp.Identifier(p.Name)}"));

        IEnumerable<string> reserved = model.Parameters.Select(p => p.Name).Concat(_outputs.Gradient.Concat(_outputs.Hessian).Select(o => o.Parameter));
        _plan = TemporaryPlan.Create([code.Value, .. code.Gradient, .. code.Hessian], code.DefinitionNames, reserved);
        _csharp = new ExpressionWriter(csharp, _plan.NameOf);
    }

    private bool SingleVariable => _model.Variables.Count == 1;

    private string Cref => $"{_model.Name}({string.Join(", ", _model.Parameters.Select(_ => _type))})";

    /// <param name="model">The loss method.</param>
    /// <param name="math">The expressions as math, for the docs.</param>
    /// <param name="code">The same expressions arranged for computing (<see cref="LossDerivatives.WithSharedProducts"/>).</param>
    /// <param name="indentLevel">The indentation of members in the generated file.</param>
    public static string Emit(LossMethodModel model, LossDerivatives math, LossDerivatives code, int indentLevel)
    {
        var emitter = new LossMemberEmitter(model, math, code, indentLevel);
        emitter.WriteValue();
        emitter.WriteGradient();
        emitter.WriteHessian();
        emitter.WriteWithGradient();
        emitter.WriteWithGradientAndHessian();
        return emitter._writer.ToString();
    }

    private void WriteValue()
    {
        bool first = true;
        foreach (string line in _model.Formula.Text.Replace("\r\n", "\n").Split('\n'))
        {
            _writer.Line($"// {(first ? "Formula: " : "         ")}{line}".TrimEnd());
            first = false;
        }

        WriteGeneratedCode();
        _writer.Line($"{_model.Modifiers} {_type} {_model.Name}({_parameters})");
        WriteBody([], _code.Value);
    }

    private void WriteGradient()
    {
        string variables = string.Join(", ", _model.Variables.Select(v => $"<c>{v.Name}</c>"));
        WriteDerivative(
            "Gradient",
            $"The gradient of <see cref=\"{Cref}\"/> with respect to {variables}.",
            _outputs.Gradient,
            _code.Gradient,
            Results(gradient: true, hessian: false));
    }

    private void WriteHessian()
    {
        string what = SingleVariable ? $"second derivative of <see cref=\"{Cref}\"/> with respect to <c>{_model.Variables[0].Name}</c>"
            : $"Hessian of <see cref=\"{Cref}\"/> (its upper triangle; the matrix is symmetric)";
        WriteDerivative("Hessian", $"The {what}.", _outputs.Hessian, _code.Hessian, Results(gradient: false, hessian: true));
    }

    // With one variable the derivative is the return value; with several, each is an out parameter.
    private void WriteDerivative(string suffix, string summary, IReadOnlyList<OutputName> outputs, IReadOnlyList<Expr> values, IReadOnlyList<(string, Expr)> docs)
    {
        WriteDocs(summary, docs);
        if (SingleVariable)
        {
            WriteSignature(_type, suffix, outputs: []);
            WriteBody([], values[0]);
        }
        else
        {
            WriteSignature("void", suffix, outputs);
            WriteBody(Assignments(outputs, values), returned: null);
        }
    }

    private void WriteWithGradient()
    {
        WriteDocs($"The value of <see cref=\"{Cref}\"/> and its gradient, computed together: every common subexpression once.",
            Results(gradient: true, hessian: false, value: true));
        WriteSignature(_type, "WithGradient", _outputs.Gradient);
        WriteBody(Assignments(_outputs.Gradient, _code.Gradient), _code.Value);
    }

    private void WriteWithGradientAndHessian()
    {
        WriteDocs($"The value of <see cref=\"{Cref}\"/>, its gradient and its {(SingleVariable ? "second derivative" : "Hessian (upper triangle)")}, computed together: what gradient-boosting objectives need.",
            Results(gradient: true, hessian: true, value: true));
        OutputName[] outputs = [.. _outputs.Gradient, .. _outputs.Hessian];
        WriteSignature(_type, "WithGradientAndHessian", outputs);
        WriteBody(Assignments(outputs, [.. _code.Gradient, .. _code.Hessian]), _code.Value);
    }

    private IReadOnlyList<(string Label, Expr Value)> Results(bool gradient, bool hessian, bool value = false)
    {
        var results = new List<(string, Expr)>();
        if (value)
        {
            results.Add(("L", _math.Value));
        }

        if (gradient)
        {
            results.AddRange(_outputs.Gradient.Select((o, i) => (o.Label, _math.Gradient[i])));
        }

        if (hessian)
        {
            results.AddRange(_outputs.Hessian.Select((o, i) => (o.Label, _math.Hessian[i])));
        }

        return results;
    }

    private static (string Target, Expr Value)[] Assignments(IReadOnlyList<OutputName> names, IReadOnlyList<Expr> values) =>
        names.Select((name, i) => (name.Parameter, values[i])).ToArray();

    private void WriteSignature(string returnType, string suffix, IReadOnlyList<OutputName> outputs)
    {
        WriteGeneratedCode();
        string outParameters = string.Concat(outputs.Select(o => $", out {_type} {o.Parameter}"));
        _writer.Line($"{_model.Accessibility} static {returnType} {_model.Name}{suffix}({_parameters}{outParameters})");
    }

    private void WriteGeneratedCode() =>
        _writer.Line($"[global::System.CodeDom.Compiler.GeneratedCode(\"{GeneratorInfo.Name}\", \"{GeneratorInfo.Version}\")]");

    private void WriteBody(IReadOnlyList<(string Target, Expr Value)> assignments, Expr? returned)
    {
        IEnumerable<Expr> roots = assignments.Select(a => a.Value);
        if (returned is not null)
        {
            roots = roots.Append(returned);
        }

        _writer.Open();
        foreach (Expr temporary in _plan.TemporariesFor(roots))
        {
            string type = temporary.IsCondition ? "bool" : _type;
            _writer.Line($"{type} {_plan.NameOf(temporary)} = {_csharp.WriteDefinition(temporary)};");
        }

        foreach ((string target, Expr value) in assignments)
        {
            _writer.Line($"{target} = {_csharp.Write(value)};");
        }

        if (returned is not null)
        {
            _writer.Line($"return {_csharp.Write(returned)};");
        }

        _writer.Close().Line();
    }

    private void WriteDocs(string summary, IReadOnlyList<(string Label, Expr Value)> results)
    {
        var writer = new ExpressionWriter(Notation.Formula, node => _math.DefinitionNames.TryGetValue(node, out string? name) ? name : null);
        _writer.Line($"/// <summary>{summary}</summary>");
        _writer.Line("/// <remarks>");
        _writer.Line("/// <code>");
        foreach ((string label, Expr value) in results)
        {
            _writer.Line($"/// {label} = {XmlText.Escape(writer.Write(value))}");
        }

        List<Expr> definitions = ReferencedDefinitions(results.Select(r => r.Value));
        if (definitions.Count > 0)
        {
            _writer.Line("/// where");
            foreach (Expr definition in definitions)
            {
                _writer.Line($"///   {_math.DefinitionNames[definition]} = {XmlText.Escape(writer.WriteDefinition(definition))}");
            }
        }

        _writer.Line("/// </code>");
        _writer.Line("/// </remarks>");
    }

    /// <summary>The user's definitions that the printed results mention, directly or through other definitions.</summary>
    private List<Expr> ReferencedDefinitions(IEnumerable<Expr> roots) =>
        ExprGraph.Reachable(roots).Where(_math.DefinitionNames.ContainsKey).OrderBy(n => n.Id).ToList();
}
