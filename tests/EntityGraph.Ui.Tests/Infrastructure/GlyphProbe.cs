using Microsoft.Playwright;

namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>
/// Tells real glyphs from "tofu": with no font for a character, Chromium draws the same missing-glyph box for every such
/// character, so two different characters drawn in an element's font give identical pixels only when neither has a font.
/// </summary>
public static class GlyphProbe
{
    private const string Script = """
        (element, [first, second]) => {
          const style = getComputedStyle(element);
          const canvas = document.createElement("canvas");
          canvas.width = 64;
          canvas.height = 64;
          const context = canvas.getContext("2d", { willReadFrequently: true });
          const draw = text => {
            context.clearRect(0, 0, 64, 64);
            context.font = `${style.fontStyle} ${style.fontWeight} 40px ${style.fontFamily}`;
            context.fillText(text, 4, 48);
            return Array.from(context.getImageData(0, 0, 64, 64).data);
          };
          const a = draw(first);
          const b = draw(second);
          return a.some(value => value !== 0) && a.some((value, index) => value !== b[index]);
        }
        """;

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> (different characters) draw differently in <paramref name="element"/>'s font.</summary>
    public static async Task<bool> DrawsDistinctGlyphsAsync(ILocator element, string first, string second, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await element.EvaluateAsync<bool>(Script, new[] { first, second });
    }
}
