using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Tests;

public sealed class ProfileFileTests
{
    /// <summary>The embedded file stays small (it ships inside the assembly); about 2.8 MB when this was written.</summary>
    private const long MaxEmbeddedBytes = 4 * 1024 * 1024;

    private static LanguageProfileSet TinyProfiles()
    {
        string[] grams = ["a", "o", " a", "o "];
        short[] weights =
        [
            -256, -1024,
            -1024, -256,
            -128, -1536,
            -1536, -128,
        ];
        var model = new NGramModel("Latin", ModelKind.Primary, ScriptSet.Of(WritingScript.Latin), 2, 256, ["xa", "xo"], grams, weights, [0.0, 0.0]);
        return new LanguageProfileSet([model]);
    }

    [Fact]
    public void A_written_profile_file_reads_back_and_detects_the_same()
    {
        using var folder = new TempDirectory();
        var path = folder.File("tiny.bin");
        using (var stream = File.Create(path))
        {
            LanguageProfileSerializer.Write(TinyProfiles(), stream);
        }

        var detector = new LanguageDetector(new LanguageDetectionOptions { ProfilePath = path, MinimumLetters = 3 });

        Assert.Equal("xa", detector.Detect("aaaa abba acca adda").Language);
        Assert.Equal("xo", detector.Detect("oooo obbo occo oddo").Language);
        Assert.Contains("xa", detector.SupportedLanguages);
        Assert.Equal("ko", detector.Detect("서울에서 회의가 열렸습니다").Language);
    }

    [Fact]
    public void A_corrupt_profile_file_is_rejected_with_a_typed_error()
    {
        using var folder = new TempDirectory();
        var path = folder.File("corrupt.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<LanguageProfileFormatException>(() => new LanguageDetector(new LanguageDetectionOptions { ProfilePath = path }));
    }

    [Fact]
    public void A_truncated_profile_file_is_rejected_with_a_typed_error()
    {
        using var folder = new TempDirectory();
        var path = folder.File("truncated.bin");
        using (var stream = new MemoryStream())
        {
            LanguageProfileSerializer.Write(TinyProfiles(), stream);
            File.WriteAllBytes(path, stream.ToArray()[..(int)(stream.Length / 2)]);
        }

        Assert.Throws<LanguageProfileFormatException>(() => LanguageProfileSet.LoadFile(path));
    }

    [Fact]
    public void The_embedded_profiles_are_small_and_cover_latin_cyrillic_and_han()
    {
        using var stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream(LanguageProfileSet.ResourceName);

        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, MaxEmbeddedBytes);
        var profiles = LanguageProfileSerializer.Read(stream);
        Assert.NotNull(profiles.ModelFor(WritingScript.Latin));
        Assert.Contains("sr", profiles.ModelFor(WritingScript.Cyrillic)!.Languages);
        Assert.Equal(["ja", "zh"], profiles.ModelFor(WritingScript.Han)!.Languages);
    }
}
