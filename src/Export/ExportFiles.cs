using System.Text;
using EntityGraph.Export.Neo4j;

namespace EntityGraph.Export;

/// <summary>
/// The files of one export: each is written as NAME.partial and renamed by <see cref="Commit"/> once all are complete,
/// or deleted by <see cref="Discard"/>, so an interrupted export never leaves a file that looks finished.
/// </summary>
internal sealed class ExportFiles(string directory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<ExportedFile> _written = [];
    private readonly List<string> _opened = [];

    public IReadOnlyList<ExportedFile> Written => _written;

    public async Task<CsvWriter> OpenAsync(Neo4jFile file)
    {
        var csv = new CsvWriter(new StreamWriter(PartialPath(file.Name), append: false, Utf8));
        await csv.HeaderAsync(file.Header).ConfigureAwait(false);
        return csv;
    }

    /// <summary>Records a finished file's rows (the writer is disposed by its owner).</summary>
    public long Close(Neo4jFile file, CsvWriter csv)
    {
        _written.Add(new ExportedFile(file.Name, csv.Rows));
        return csv.Rows;
    }

    public async Task WriteTextAsync(string name, string text, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(PartialPath(name), text, Utf8, cancellationToken).ConfigureAwait(false);
        _written.Add(new ExportedFile(name, text.Count(c => c == '\n')));
    }

    public void Commit()
    {
        foreach (var file in _written)
        {
            File.Move(PartialPath(file.Name), Path.Combine(directory, file.Name), overwrite: true);
        }
    }

    public void Discard()
    {
        foreach (var name in _opened)
        {
            File.Delete(PartialPath(name));
        }
    }

    private string PartialPath(string name)
    {
        if (!_opened.Contains(name, StringComparer.Ordinal))
        {
            _opened.Add(name);
        }

        return Path.Combine(directory, name + ".partial");
    }
}
