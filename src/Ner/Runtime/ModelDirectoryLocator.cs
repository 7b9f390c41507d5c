namespace EntityGraph.Ner.Runtime;

/// <summary>Finds the models folder: absolute, relative to the working directory, or in a parent of the application folder.</summary>
public static class ModelDirectoryLocator
{
    public static string? Find(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return HasManifest(configured) ? configured : null;
        }

        var candidates = new List<string> { Path.GetFullPath(configured) };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, configured));
        }

        return candidates.FirstOrDefault(HasManifest);
    }

    private static bool HasManifest(string folder) => File.Exists(Path.Combine(folder, "manifest.json"));
}
