namespace LossGen.Generator.Model;

/// <summary>One generated source file: the losses of one type.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
