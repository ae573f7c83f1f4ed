namespace LossGen.Generator.Model;

/// <summary>The floating-point type a loss is computed in; it follows the user's signature.</summary>
internal enum ScalarType
{
    Float,
    Double,
}
