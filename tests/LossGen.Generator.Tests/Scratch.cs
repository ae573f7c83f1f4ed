using LossGen.Generator.Tests.Infrastructure;
namespace LossGen.Generator.Tests;
public class Scratch
{
    [Fact]
    public void Show()
    {
        string f = "p"; for (int i = 0; i < 10; i++) f = $"sigmoid({f})";
        var run = GeneratorHarness.Run("using LossGen; public static partial class L { [Loss(\"" + f + "\")] public static partial double F(double p); }");
        System.IO.File.WriteAllText("/tmp/nested.cs", run.Source("L.g.cs"));
    }
}
