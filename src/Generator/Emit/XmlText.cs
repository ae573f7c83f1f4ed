namespace LossGen.Generator.Emit;

internal static class XmlText
{
    /// <summary>Text as it must appear inside an XML documentation comment.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
