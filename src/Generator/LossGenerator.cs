using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LossGen.Generator.Diagnostics;
using LossGen.Generator.Emit;
using LossGen.Generator.Extraction;
using LossGen.Generator.Helpers;
using LossGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LossGen.Generator;

/// <summary>
/// Implements every <c>[Loss]</c> method and emits its derivatives. Pipeline: find the attributed methods, read each
/// into a value model (the last step that sees syntax or symbols), compile it to members and diagnostics, then write
/// one file per containing type and report the diagnostics against the current compilation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LossGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<LossMethodModel> models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                LossMethodExtractor.AttributeName,
                // Local functions too, so that [Loss] on one gets a diagnostic rather than silence.
                static (node, _) => node is MethodDeclarationSyntax or LocalFunctionStatementSyntax,
                static (context, cancellationToken) => Extract(context, cancellationToken))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.Extract);

        IncrementalValuesProvider<LossOutput> outputs = models
            .Select(static (model, cancellationToken) => LossCompiler.Compile(model, cancellationToken))
            .WithTrackingName(TrackingNames.Compile);

        IncrementalValuesProvider<GeneratedFile> files = outputs
            .Where(static output => output.MemberSource.Length > 0)
            .Collect()
            .SelectMany(static (all, _) => GroupIntoFiles(all))
            .WithTrackingName(TrackingNames.Files);
        context.RegisterSourceOutput(files, static (context, file) => context.AddSource(file.HintName, file.Text));

        // Diagnostics are reported apart from the cached source, against the syntax trees of the current compilation,
        // so that their locations are real source locations (#pragma and [SuppressMessage] apply to them).
        IncrementalValueProvider<(ImmutableArray<EquatableArray<DiagnosticInfo>> Diagnostics, Compilation Compilation)> diagnostics = outputs
            .Select(static (output, _) => output.Diagnostics)
            .Collect()
            .Combine(context.CompilationProvider);
        context.RegisterSourceOutput(diagnostics, static (context, input) => Report(context, input.Diagnostics, input.Compilation));
    }

    private static LossMethodModel? Extract(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            return LossMethodExtractor.Extract(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return LossMethodExtractor.Failed(context, e);
        }
    }

    private static IEnumerable<GeneratedFile> GroupIntoFiles(ImmutableArray<LossOutput> outputs)
    {
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (IGrouping<TypeChain, LossOutput> type in outputs.GroupBy(o => o.ContainingType).OrderBy(g => g.Key.FullName, StringComparer.Ordinal))
        {
            // Two types can sanitize to one file name (A<T> and A_T); a repeated hint name would fail the whole generator.
            string hintName = type.Key.HintName;
            for (int n = 2; !hintNames.Add(hintName); n++)
            {
                hintName = $"{type.Key.HintName.Substring(0, type.Key.HintName.Length - ".g.cs".Length)}.{n}.g.cs";
            }

            List<LossOutput> losses = type.OrderBy(o => o.SortKey, StringComparer.Ordinal).ToList();
            yield return new GeneratedFile(hintName, SourceFileEmitter.Emit(type.Key, losses.Select(o => o.MemberSource), losses.Select(o => o.KernelSource)));
        }
    }

    private static void Report(SourceProductionContext context, ImmutableArray<EquatableArray<DiagnosticInfo>> diagnostics, Compilation compilation)
    {
        if (diagnostics.All(d => d.Count == 0))
        {
            return;
        }

        Dictionary<string, SyntaxTree> trees = compilation.SyntaxTrees
            .GroupBy(t => t.FilePath)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (DiagnosticInfo diagnostic in diagnostics.SelectMany(d => d))
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic(trees.TryGetValue(diagnostic.Location.FilePath, out SyntaxTree? tree) ? tree : null));
        }
    }
}
