using System.Text;
using System.Text.Json;
using EntityGraph.Grains;
using EntityGraph.Silo.Output;
using EntityGraph.Storage;

namespace EntityGraph.Silo.Redaction;

/// <summary>
/// Streams a .txt or JSONL file through the redaction grain into an output file written whole or not at all: JSONL lines
/// (<c>{id, text, language?}</c>) in order, <see cref="RedactionSettings.Parallelism"/> at a time, each to
/// <c>{id, text, language, items}</c> or <c>{id, error}</c>; a text file in pieces cut at paragraph breaks.
/// </summary>
internal sealed class RedactionFileRunner(IGrainFactory grains, RedactionSettings settings, RedactionProgress progress)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private IRedactionGrain Grain => grains.GetGrain<IRedactionGrain>(0);

    public Task RedactJsonlAsync(string input, string output, CancellationToken cancellationToken) =>
        AtomicTextFile.WriteAsync(output, async writer =>
        {
            using var reader = new StreamReader(input, Utf8);
            var batch = new List<(int Number, string Line)>();
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((number, line));
                }

                if (batch.Count >= settings.Parallelism * 4)
                {
                    await FlushAsync(batch, writer, cancellationToken);
                }
            }

            await FlushAsync(batch, writer, cancellationToken);
            return 0;
        });

    public async Task RedactTextAsync(string input, string output, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(input, Utf8, cancellationToken);
        var pieces = TextChunker.Split(text, settings.ChunkLength);
        var redacted = new string[pieces.Count];
        var items = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pieces.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var (start, end) = pieces[index];
                var piece = text[start..end];
                if (string.IsNullOrWhiteSpace(piece))
                {
                    redacted[index] = piece;
                    return;
                }

                var outcome = await Grain.RedactAsync(settings.Request(piece, null), token);
                redacted[index] = outcome.Text;
                Interlocked.Add(ref items, outcome.Items.Count);
            });
        await AtomicTextFile.WriteAsync(output, async writer =>
        {
            foreach (var piece in redacted)
            {
                await writer.WriteAsync(piece);
            }

            return 0;
        });
        await progress.CountAsync(Utf8.GetByteCount(text), items, failed: false);
    }

    public async Task DecryptAsync(string input, string output, bool jsonl, CancellationToken cancellationToken)
    {
        if (!jsonl)
        {
            var text = await File.ReadAllTextAsync(input, Utf8, cancellationToken);
            var plain = await Grain.DecryptAsync(text, cancellationToken);
            await AtomicTextFile.WriteAsync(output, async writer =>
            {
                await writer.WriteAsync(plain);
                return 0;
            });
            await progress.CountAsync(Utf8.GetByteCount(text), 0, failed: false);
            return;
        }

        await AtomicTextFile.WriteAsync(output, async writer =>
        {
            using var reader = new StreamReader(input, Utf8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var node = System.Text.Json.Nodes.JsonNode.Parse(line)?.AsObject()
                    ?? throw new EntityGraphException(ErrorCodes.InvalidJson, "A line is not a JSON object.");
                if (node["text"]?.GetValue<string>() is { } text)
                {
                    node["text"] = await Grain.DecryptAsync(text, cancellationToken);
                }

                await writer.WriteLineAsync(node.ToJsonString(CliJson.Compact));
                await progress.CountAsync(Utf8.GetByteCount(line), 0, failed: false);
            }

            return 0;
        });
    }

    private async Task FlushAsync(List<(int Number, string Line)> batch, TextWriter writer, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(batch.Select(entry => RedactLineAsync(entry.Number, entry.Line, cancellationToken)));
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.Error is { } error)
            {
                await progress.FailureAsync(result.Id, error.Code, error.Message);
            }

            await writer.WriteLineAsync(JsonSerializer.Serialize(result, CliJson.Compact));
            await progress.CountAsync(Utf8.GetByteCount(batch[i].Line), result.Items?.Count ?? 0, result.Error is not null);
        }

        batch.Clear();
    }

    private async Task<RedactedLine> RedactLineAsync(int number, string line, CancellationToken cancellationToken)
    {
        string id = $"line-{number}";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(id, ErrorCodes.InvalidJson, $"line {number}: not a JSON object");
            }

            id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idValue.ToString() : id;
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return Failed(id, ErrorCodes.InvalidJson, $"line {number}: \"text\" (a string) is missing");
            }

            var language = root.TryGetProperty("language", out var languageValue) && languageValue.ValueKind == JsonValueKind.String ? languageValue.GetString() : null;
            var outcome = await Grain.RedactAsync(settings.Request(textValue.GetString()!, string.IsNullOrWhiteSpace(language) ? null : language), cancellationToken);
            return new RedactedLine(id, outcome.Text, outcome.Language, outcome.Items);
        }
        catch (JsonException invalid)
        {
            return Failed(id, ErrorCodes.InvalidJson, $"line {number}: {invalid.Message}");
        }
        catch (EntityGraphException failed)
        {
            return Failed(id, failed.Code, $"line {number}: {failed.Message}");
        }
    }

    private static RedactedLine Failed(string id, string code, string message) => new(id, null, null, null, new RedactedLineError(code, message));
}
