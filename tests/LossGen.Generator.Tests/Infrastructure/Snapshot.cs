using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LossGen.Generator.Tests.Infrastructure;

/// <summary>
/// Golden-file checks of generated code, named as Verify names them (<c>Class.Test#Hint.verified.cs</c>): Verify is
/// not available here. On a mismatch the actual text is written beside the snapshot as <c>.received.cs</c>. With
/// LOSSGEN_UPDATE_SNAPSHOTS=1 (ignored when CI=true) the snapshot is rewritten, and the test still fails once so that
/// an accepted change is always looked at.
/// </summary>
internal static class Snapshot
{
    private static readonly string s_directory = typeof(Snapshot).Assembly
        .GetCustomAttribute<AssemblyMetadataAttribute>()!.Value!;

    public static void Verify(string actual, string hintName, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        string normalized = Normalize(actual);
        string name = $"{Path.GetFileNameWithoutExtension(callerFile)}.{test}#{hintName.Replace(".cs", "")}";
        string verified = Path.Combine(s_directory, name + ".verified.cs");
        string received = Path.Combine(s_directory, name + ".received.cs");
        bool update = Environment.GetEnvironmentVariable("LOSSGEN_UPDATE_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";

        string? expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(update ? verified : received, normalized);
        Assert.Fail(update
            ? $"Snapshot {name} was rewritten; review the diff and run the tests again."
            : expected is null
                ? $"No snapshot {name}.verified.cs yet; the output is in {received}. Accept it with LOSSGEN_UPDATE_SNAPSHOTS=1."
                : $"Snapshot {name} differs at line {FirstDifference(expected, normalized)}; the output is in {received}.");
    }

    // The version changes with every release; the code must not.
    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n").Replace(GeneratorInfo.Version, "%VERSION%");

    private static int FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n'), b = actual.Split('\n');
        int line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return line + 1;
    }
}
