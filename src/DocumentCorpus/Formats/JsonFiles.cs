using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityGraph.Documents;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .json files: a single <c>{"title","text","language"}</c> object (part <c>""</c>) on even numbers, an array of two or
/// three items (parts <c>item-N</c>) on odd ones; every third array has an item without text, which ingest reports.
/// </summary>
public static class JsonFiles
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>A single JSON document (also used as an e-mail attachment).</summary>
    public static GeneratedContent MakeSingle(TextMaker text, int number)
    {
        var title = text.Heading("Record", number);
        var body = string.Join("\n", text.Lines(1, 3, TextRange.Unicode));
        var json = JsonSerializer.SerializeToUtf8Bytes(new { title, text = body, language = "en" }, Options);
        return new GeneratedContent(json, body, title);
    }

    /// <summary>Writes the file <paramref name="file"/> and records its documents and failures.</summary>
    public static void Write(FolderWriter folder, string file, int number)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var name = Path.GetFileName(file);
        if (number % 2 == 0)
        {
            var single = MakeSingle(folder.Text, number);
            folder.Write(file, "json", single.Bytes);
            folder.Expect(new(name, file, "json", null, null, single.Text, single.Title));
            return;
        }

        var items = new List<object>();
        var count = folder.Text.Between(2, 3);
        var broken = number % 6 == 1 ? count : 0;
        for (var i = 1; i <= count; i++)
        {
            var part = string.Create(CultureInfo.InvariantCulture, $"item-{i}");
            if (i == broken)
            {
                items.Add(new { title = "An item without text" });
                folder.ExpectFailure($"{file}#{part}", DocumentErrorCodes.FileUnreadable, "a JSON array item without \"text\"");
                continue;
            }

            var title = folder.Text.Heading("Item", number * 10 + i);
            var body = folder.Text.Sentences(folder.Text.Between(1, 2), TextRange.Unicode);
            items.Add(new { title, text = body });
            folder.Expect(new($"{name}#{part}", file, "json", part, null, body, title));
        }

        folder.Write(file, "json", JsonSerializer.SerializeToUtf8Bytes(items, Options));
    }
}
