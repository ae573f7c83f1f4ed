namespace LossGen.Generator;

/// <summary>The name and version stamped on generated code.</summary>
internal static class GeneratorInfo
{
    public const string Name = "LossGen.Generator";

    public static string Version { get; } = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
