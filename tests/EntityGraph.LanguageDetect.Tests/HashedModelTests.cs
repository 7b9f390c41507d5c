using EntityGraph.LanguageDetect.Configuration;
using EntityGraph.LanguageDetect.Linear;
using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.ProfileBuilder.Training;
using EntityGraph.LanguageDetect.Profiles;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Tests;

public sealed class HashedModelTests
{
    private static readonly ScriptSet Latin = ScriptSet.Of(WritingScript.Latin);

    private static TrainingSettings Settings(int bits) =>
        new(500, 3, 0.5, 1, 1, [], 1000, 0, 0.05, 0.001, 1000, bits, 5, 0.5);

    private static HashedLinearModel Trained(int bits) => HashedLinearTrainer.Train(
        "Latin", ModelKind.Primary, Latin, ["xa", "xo"],
        [["aaa baa caa", "daa aba aca", "ana ala ama"], ["ooo boo coo", "doo obo oco", "ono olo omo"]],
        Settings(bits), TextWriter.Null);

    [Fact]
    public void Features_hash_grams_words_and_word_pairs_into_the_bucket_range()
    {
        var buckets = new List<int>();

        HashedFeatures.Collect("Ab cd", Latin, 2, 8, buckets);

        // " a" "a" "ab" "b" "b " " c" "c" "cd" "d" "d ": 10 grams, 2 words, 1 pair
        Assert.Equal(13, buckets.Count);
        Assert.All(buckets, b => Assert.InRange(b, 0, 255));
        var again = new List<int>();
        HashedFeatures.Collect("ab CD", Latin, 2, 8, again);
        Assert.Equal(buckets, again);
    }

    [Fact]
    public void A_trained_model_separates_its_languages_and_is_deterministic()
    {
        var model = Trained(10);

        Assert.Equal(0, ArgMax(model.Probabilities("aaa kaa laa")!));
        Assert.Equal(1, ArgMax(model.Probabilities("ooo koo loo")!));
        Assert.Null(model.Probabilities("123 !!"));
        Assert.True(model.Weights.SequenceEqual(Trained(10).Weights));
    }

    [Fact]
    public void A_hashed_model_survives_a_profile_file_round_trip()
    {
        using var folder = new TempDirectory();
        var path = folder.File("hashed.bin");
        var model = Trained(10);
        using (var stream = File.Create(path))
        {
            LanguageProfileSerializer.Write(new LanguageProfileSet([model]), stream);
        }

        var read = Assert.IsType<HashedLinearModel>(Assert.Single(LanguageProfileSet.LoadFile(path).Models));
        Assert.True(read.Weights.SequenceEqual(model.Weights));
        Assert.Equal(model.Biases, read.Biases);
        Assert.Equal(model.Scale, read.Scale);
        var detector = new LanguageDetector(new LanguageDetectionOptions { ProfilePath = path, MinimumLetters = 3 });
        Assert.Equal("xo", detector.Detect("ooo koo loo moo").Language);
    }

    private static int ArgMax(double[] values) => Array.IndexOf(values, values.Max());
}
