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
            var inFlight = new Queue<Task<IReadOnlyList<(RedactedLine Line, long Bytes)>>>();
            var batch = new List<(int Number, string Line)>();
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    batch.Add((number, line));
                }

                if (batch.Count >= BatchSize)
                {
                    inFlight.Enqueue(RedactBatchAsync(batch, cancellationToken));
                    batch = [];
                    if (inFlight.Count >= settings.Parallelism)
                    {
                        await WriteAsync(await inFlight.Dequeue(), writer);
                    }
                }
            }

            inFlight.Enqueue(RedactBatchAsync(batch, cancellationToken));
            while (inFlight.Count > 0)
            {
                await WriteAsync(await inFlight.Dequeue(), writer);
            }

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

    /// <summary>Lines per call to the redaction grain; <see cref="RedactionSettings.Parallelism"/> calls are in flight, written in order.</summary>
    private const int BatchSize = 64;

    private async Task<IReadOnlyList<(RedactedLine Line, long Bytes)>> RedactBatchAsync(List<(int Number, string Line)> batch, CancellationToken cancellationToken)
    {
        var parsed = batch.Select(entry => Parse(entry.Number, entry.Line)).ToList();
        var requests = parsed.Where(p => p.Request is not null).Select(p => p.Request!).ToList();
        var answers = requests.Count == 0 ? [] : await Grain.RedactManyAsync(requests, cancellationToken);
        var lines = new List<(RedactedLine, long)>(parsed.Count);
        var next = 0;
        for (var i = 0; i < parsed.Count; i++)
        {
            var (id, request, failure) = parsed[i];
            var answer = request is null ? null : answers[next++];
            var line = answer is null ? failure!
                : answer.Outcome is { } outcome ? new RedactedLine(id, outcome.Text, outcome.Language, outcome.Items)
                : Failed(id, answer.ErrorCode ?? ErrorCodes.InternalServerError, $"line {batch[i].Number}: {answer.ErrorMessage}");
            lines.Add((line, Utf8.GetByteCount(batch[i].Line)));
        }

        return lines;
    }

    private async Task WriteAsync(IReadOnlyList<(RedactedLine Line, long Bytes)> lines, TextWriter writer)
    {
        foreach (var (line, bytes) in lines)
        {
            if (line.Error is { } error)
            {
                await progress.FailureAsync(line.Id, error.Code, error.Message);
            }

            await writer.WriteLineAsync(JsonSerializer.Serialize(line, CliJson.Compact));
            await progress.CountAsync(bytes, line.Items?.Count ?? 0, line.Error is not null);
        }
    }

    /// <summary>A JSONL line as an id and a request, or as an id and the reason it cannot be one.</summary>
    private (string Id, RedactionRequest? Request, RedactedLine? Failure) Parse(int number, string line)
    {
        var id = $"line-{number}";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (id, null, Failed(id, ErrorCodes.InvalidJson, $"line {number}: not a JSON object"));
            }

            id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idValue.ToString() : id;
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return (id, null, Failed(id, ErrorCodes.InvalidJson, $"line {number}: \"text\" (a string) is missing"));
            }

            var language = root.TryGetProperty("language", out var languageValue) && languageValue.ValueKind == JsonValueKind.String ? languageValue.GetString() : null;
            return (id, settings.Request(textValue.GetString()!, string.IsNullOrWhiteSpace(language) ? null : language), null);
        }
        catch (JsonException invalid)
        {
            return (id, null, Failed(id, ErrorCodes.InvalidJson, $"line {number}: {invalid.Message}"));
        }
    }

    private static RedactedLine Failed(string id, string code, string message) => new(id, null, null, null, new RedactedLineError(code, message));
}
