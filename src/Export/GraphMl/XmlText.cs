using System.Text;
using System.Xml;

namespace EntityGraph.Export.GraphMl;

/// <summary>Text made safe for XML 1.0: characters it cannot carry (controls, lone surrogates) become U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string value)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid)
            {
                clean ??= new StringBuilder(value, 0, i, value.Length);
                clean.Append('\uFFFD');
            }
            else
            {
                clean?.Append(c);
                if (pair)
                {
                    clean?.Append(value[i + 1]);
                    i++;
                }
            }
        }

        return clean?.ToString() ?? value;
    }
}
