using EntityGraph.Training.Native;

namespace EntityGraph.Training.Tests;

public sealed class ElfVersionPatcherTests
{
    [Fact]
    public void Marks_a_required_version_weak_once_and_leaves_the_file_loadable_by_readers()
    {
        var copy = Path.Combine(Path.GetTempPath(), "eg-elf-" + Guid.NewGuid().ToString("N"));
        var library = Directory.EnumerateFiles("/usr/lib/x86_64-linux-gnu", "libstdc++.so.6*").FirstOrDefault()
            ?? Directory.EnumerateFiles("/lib/x86_64-linux-gnu", "libz.so.1*").First();
        File.Copy(library, copy);
        try
        {
            Assert.True(ElfVersionPatcher.MarkWeak(copy, "GLIBC_2.2.5"));
            Assert.False(ElfVersionPatcher.MarkWeak(copy, "GLIBC_2.2.5"));
            Assert.False(ElfVersionPatcher.MarkWeak(copy, "NO_SUCH_VERSION_1.0"));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void Rejects_files_that_are_not_elf()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not an elf file at all, just text padding padding padding padding padding");
        try
        {
            Assert.Throws<InvalidDataException>(() => ElfVersionPatcher.MarkWeak(path, "X"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
