namespace LossGen.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string Extract = nameof(Extract);
    public const string Compile = nameof(Compile);
    public const string Files = nameof(Files);
}
