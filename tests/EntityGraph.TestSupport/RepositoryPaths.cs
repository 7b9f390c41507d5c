namespace EntityGraph.TestSupport;

/// <summary>Folders of the source tree, found from the test binaries.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding EntityGraph.sln above the running test assembly.</summary>
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EntityGraph.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (EntityGraph.sln) was not found above the test binaries.");
    }
}
