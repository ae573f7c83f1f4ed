using LossGen.Generator.Diagnostics;
using LossGen.Generator.Helpers;
using Microsoft.CodeAnalysis.Text;

namespace LossGen.Generator.Model;

/// <summary>
/// The formula text and where each of its characters stands in the source, so that an error inside the formula is
/// underlined on the exact characters even through escapes, verbatim and raw string literals.
/// </summary>
/// <param name="Text">The formula's value.</param>
/// <param name="FilePath">The file of the attribute.</param>
/// <param name="CharacterStarts">
/// For each character of <paramref name="Text"/>, its start in the file; one more entry marks the end. Empty when the
/// formula is not a single literal (a constant, a concatenation): then errors fall on <paramref name="Fallback"/>.
/// </param>
/// <param name="Fallback">The whole formula argument.</param>
internal sealed record FormulaSource(string Text, string FilePath, EquatableArray<int> CharacterStarts, TextSpan Fallback)
{
    public SourceSpan Map(TextSpan span)
    {
        if (CharacterStarts.Count != Text.Length + 1 || span.End > Text.Length)
        {
            return new SourceSpan(FilePath, Fallback);
        }

        int start = CharacterStarts[span.Start];
        int end = span.IsEmpty ? start : CharacterStarts[span.End - 1] + SourceLengthOf(span.End - 1);
        return new SourceSpan(FilePath, TextSpan.FromBounds(start, end));
    }

    // An escape such as \u0041 stands for one character but covers several in the source: the next character that
    // starts further on bounds it (the two halves of a \U surrogate pair share one escape). Across the line breaks of
    // a multi-line raw string the next line's indentation is not part of the break.
    private int SourceLengthOf(int index)
    {
        if (Text[index] is '\n' or '\r')
        {
            return 1;
        }

        int next = index + 1;
        while (next < Text.Length && CharacterStarts[next] == CharacterStarts[index])
        {
            next++;
        }

        return CharacterStarts[next] - CharacterStarts[index];
    }
}
