using System.Text;

namespace LossGen.Generator.Emit;

/// <summary>Builds indented source text with "\n" line ends, so output is byte-identical on every platform.</summary>
internal sealed class SourceWriter(int indentLevel = 0)
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _text = new();
    private int _indent = indentLevel;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (int i = 0; i < _indent; i++)
            {
                _text.Append(IndentUnit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Appends text as it is: members generated apart, already indented for their place in the file.</summary>
    public SourceWriter Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
