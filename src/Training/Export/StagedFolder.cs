namespace EntityGraph.Training.Export;

/// <summary>
/// Writes a model folder beside its destination and moves it into place only when every file is written, so a failed
/// export leaves the folder that was there before untouched (and never a half-written one).
/// </summary>
public static class StagedFolder
{
    public static T Write<T>(string destination, Func<string, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));
        var staging = target + ".staging";
        var previous = target + ".previous";
        DeleteIfPresent(staging);
        Directory.CreateDirectory(staging);
        T result;
        try
        {
            result = write(staging);
        }
        catch
        {
            DeleteIfPresent(staging);
            throw;
        }

        DeleteIfPresent(previous);
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }

        Directory.Move(staging, target);
        DeleteIfPresent(previous);
        return result;
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
