using EntityGraph.Training.Export;

namespace EntityGraph.Training.Tests;

public sealed class StagedFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staged-folder-").FullName;

    [Fact]
    public void A_failed_write_leaves_the_previous_folder_as_it_was_and_no_staging_folder()
    {
        var target = Path.Combine(_root, "de-bilstm");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "model.onnx"), "old");

        var error = Assert.Throws<InvalidDataException>(() => StagedFolder.Write<int>(target, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "model.onnx"), "half");
            throw new InvalidDataException("parity failed");
        }));

        Assert.Equal("parity failed", error.Message);
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "model.onnx")));
        Assert.Equal([target], Directory.GetDirectories(_root));
    }

    [Fact]
    public void A_finished_write_replaces_the_whole_folder()
    {
        var target = Path.Combine(_root, "de-bilstm");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.txt"), "old");

        var result = StagedFolder.Write(target, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "model.onnx"), "new");
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal(["model.onnx"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal([target], Directory.GetDirectories(_root));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
