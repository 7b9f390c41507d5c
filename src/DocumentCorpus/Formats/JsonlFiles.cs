using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EntityGraph.Storage;

namespace EntityGraph.DocumentCorpus.Formats;

/// <summary>
/// .jsonl files: three to five documents, one per line (ids <c>jsonl-NNNN-K</c>), a blank line among them; every fourth
/// file also has a line that is not JSON and a line without text, which ingest reports by line number.
/// </summary>
public static class JsonlFiles
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the file <paramref name="file"/> and records its documents and failures.</summary>
    public static void Write(FolderWriter folder, string file, int number)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var lines = new List<string>();
        var count = folder.Text.Between(3, 5);
        for (var k = 1; k <= count; k++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"jsonl-{number:D4}-{k}");
            var title = folder.Text.Heading("Line", number * 10 + k);
            var text = folder.Text.Sentences(folder.Text.Between(1, 3), TextRange.Unicode);
            lines.Add(JsonSerializer.Serialize(new { id, text, title, language = "en" }, Options));
            folder.Expect(new(id, file, "jsonl", null, null, text, title));
            if (k == 1)
            {
                lines.Add(string.Empty);
            }
        }

        if (number % 4 == 0)
        {
            lines.Add("{\"id\": \"jsonl-broken\", \"text\": ");
            folder.ExpectFailure(string.Create(CultureInfo.InvariantCulture, $"{file}:{lines.Count}"), ErrorCodes.InvalidJson, "a line that is not JSON");
            lines.Add(JsonSerializer.Serialize(new { id = string.Create(CultureInfo.InvariantCulture, $"jsonl-{number:D4}-notext") }, Options));
            folder.ExpectFailure(string.Create(CultureInfo.InvariantCulture, $"{file}:{lines.Count}"), ErrorCodes.InvalidInput, "a line without \"text\"");
        }

        folder.Write(file, "jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
    }
}
