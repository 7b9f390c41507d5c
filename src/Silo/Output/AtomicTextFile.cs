using System.Text;

namespace EntityGraph.Silo.Output;

/// <summary>Writes a UTF-8 text file whole or not at all: into PATH.tmp, then moved over PATH; a failure deletes the partial file.</summary>
public static class AtomicTextFile
{
    public static async Task<T> WriteAsync<T>(string path, Func<TextWriter, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        try
        {
            T result;
            await using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                result = await write(writer);
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
