using Microsoft.CodeAnalysis;

namespace LossGen.Generator.Diagnostics;

/// <summary>Every diagnostic LossGen reports. Ids are stable: never renumber, only add (see AnalyzerReleases.*.md).</summary>
internal static class DiagnosticDescriptors
{
    private const string Formula = "LossGen.Formula";
    private const string Usage = "LossGen.Usage";

    public static readonly DiagnosticDescriptor SyntaxError = Error(
        "LG0001", Formula, "Syntax error in a loss formula", "Syntax error in the formula: {0}");

    public static readonly DiagnosticDescriptor UnknownIdentifier = Error(
        "LG0002", Formula, "Unknown name in a loss formula", "'{0}' is not a parameter or an earlier definition{1}");

    public static readonly DiagnosticDescriptor UnknownFunction = Error(
        "LG0003", Formula, "Unknown function in a loss formula", "'{0}' is not a function; the functions are {1}");

    public static readonly DiagnosticDescriptor WrongArgumentCount = Error(
        "LG0004", Formula, "Wrong number of arguments", "'{0}' takes {1}, but {2} given");

    public static readonly DiagnosticDescriptor TypeMismatch = Error(
        "LG0005", Formula, "A condition where a number is expected, or the reverse", "{0}");

    public static readonly DiagnosticDescriptor NotStaticPartial = Error(
        "LG0006", Usage, "[Loss] needs a static partial method declaration",
        "'{0}' must be a static partial method declared without a body, in a type, for [Loss] to implement it");

    public static readonly DiagnosticDescriptor UnsupportedSignature = Error(
        "LG0007", Usage, "Unsupported [Loss] method signature", "'{0}' cannot be a loss: {1}");

    public static readonly DiagnosticDescriptor UnknownDifferentiationVariable = Error(
        "LG0008", Usage, "WithRespectTo names a variable that is not a parameter",
        "'{0}' in WithRespectTo is not a parameter of '{1}'{2}");

    public static readonly DiagnosticDescriptor NoDifferentiationVariable = Error(
        "LG0009", Usage, "No variable to differentiate",
        "'{0}' has no parameter named 'p'; say which parameters to differentiate with WithRespectTo, e.g. [Loss(\"...\", WithRespectTo = [\"{1}\"])]");

    public static readonly DiagnosticDescriptor UnusedParameter = Warning(
        "LG0010", Formula, "Parameter not used in the formula", "Parameter '{0}' is not used in the formula of '{1}'");

    public static readonly DiagnosticDescriptor LossIndependentOfVariable = Warning(
        "LG0011", Formula, "Loss does not depend on a differentiation variable",
        "The loss '{0}' does not depend on '{1}': every derivative with respect to it is zero");

    public static readonly DiagnosticDescriptor FormulaTooComplex = Error(
        "LG0012", Formula, "Formula too large or too deeply nested", "The formula is too {0}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "LG0013", Formula, "A name is defined twice", "'{0}' is already {1}");

    public static readonly DiagnosticDescriptor VectorFeatureNotSupported = Error(
        "LG0014", Formula, "Vector operation in a scalar loss", "{0} needs vector parameters, which [Loss] methods cannot have yet");

    public static readonly DiagnosticDescriptor UnusedDefinition = Warning(
        "LG0015", Formula, "Definition not used", "'{0}' is defined but never used");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "LG0016", Usage, "Type containing a [Loss] method is not partial",
        "Type '{0}' must be declared partial, because it contains the [Loss] method '{1}'");

    public static readonly DiagnosticDescriptor UnknownBroadcastParameter = Error(
        "LG0017", Usage, "Broadcast names something that is not a parameter",
        "'{0}' in Broadcast is not a parameter of '{1}'{2}");

    public static readonly DiagnosticDescriptor BroadcastDifferentiationVariable = Error(
        "LG0018", Usage, "A differentiation variable cannot be broadcast",
        "'{0}' is differentiated, so it must have one value per sample; remove it from Broadcast");

    public static readonly DiagnosticDescriptor BatchNeedsNewerLanguage = Warning(
        "LG0019", Usage, "Batch methods need C# 13",
        "The batch methods of '{0}' are not generated: they need C# 13 or later, and this project uses C# {1}");

    public static readonly DiagnosticDescriptor UnreadableRequirement = Error(
        "LG0020", Usage, "A requirement is not a parameter compared with a number",
        "'{0}' in Requires must compare a parameter with a number, such as 'delta > 0' or '0 <= q' (with >, >=, < or <=)");

    public static readonly DiagnosticDescriptor RequirementOnPerSampleParameter = Error(
        "LG0021", Usage, "A requirement names something that is not a broadcast parameter",
        "'{0}' in Requires is not a broadcast parameter of '{1}': only parameters listed in Broadcast can be required, because the batch methods check them once per call{2}");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "LG9999", Usage, "LossGen failed unexpectedly",
        "LossGen could not generate '{0}' ({1}); please report this with the formula");

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
