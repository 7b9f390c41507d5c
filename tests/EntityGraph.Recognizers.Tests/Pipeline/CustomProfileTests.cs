using EntityGraph.Recognizers.Configuration;
using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Pipeline.Policies;
using EntityGraph.Recognizers.Tests.Pii;
using Microsoft.Extensions.Options;

namespace EntityGraph.Recognizers.Tests.Pipeline;

/// <summary>A <see cref="RecognizerPipeline"/> with a profile from <see cref="RecognizerOptions.Profiles"/>: renames, filters, then its policies in order.</summary>
public sealed class CustomProfileTests
{
    private const string Text = "Jane Doe, phone 943 476 5919, lives at 12 Main Street in town.";

    [Fact]
    public async Task Policies_run_in_the_order_the_profile_lists_them()
    {
        var person = new FixedRecognizer("names", new Detection(0, 20, "PERSON", 0.5, "names"));
        var phone = new FixedRecognizer("phones", new Detection(5, 10, "PHONE", 0.9, "phones"));
        var options = new RecognizerOptions
        {
            Profiles =
            {
                ["contain-then-merge"] = Profile([ConflictPolicies.ContainerWins, ConflictPolicies.MergeOverlaps], "names", "phones"),
                ["merge-then-contain"] = Profile([ConflictPolicies.MergeOverlaps, ConflictPolicies.ContainerWins], "names", "phones"),
            },
        };
        var pipeline = Pipelines.Only(options, person, phone);

        Assert.Equal([new Detection(0, 20, "PERSON", 0.5, "names")], await PiiAssert.RunAsync(pipeline, Text, "en", "contain-then-merge"));
        Assert.Equal([new Detection(0, 20, "PHONE", 0.9, "phones")], await PiiAssert.RunAsync(pipeline, Text, "en", "merge-then-contain"));
    }

    [Fact]
    public async Task The_type_map_renames_before_the_types_filter_and_the_policies()
    {
        var model = new FixedRecognizer("ner", new Detection(0, 8, "PER", 0.9, "ner"), new Detection(39, 53, "LOC", 0.8, "ner"));
        var options = new RecognizerOptions
        {
            Profiles = { ["custom"] = Profile([ConflictPolicies.EqualSpansHigherScore], "ner") },
        };
        options.Profiles["custom"].TypeMap = new() { ["PER"] = PiiTypes.Person, ["LOC"] = PiiTypes.Location };
        var pipeline = Pipelines.Only(options, model);

        var all = await PiiAssert.RunAsync(pipeline, Text, "en", "custom");
        var people = await PiiAssert.RunAsync(pipeline, Text, "en", "custom", new HashSet<string> { PiiTypes.Person });

        Assert.Equal([PiiTypes.Person, PiiTypes.Location], all.Select(d => d.Type));
        var person = Assert.Single(people);
        Assert.Equal(("Jane Doe", PiiTypes.Person), (Text[person.Start..person.End], person.Type));
        Assert.Equal([PiiTypes.Location, PiiTypes.Person], pipeline.Profile("custom").Types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Disabled_types_are_dropped_after_renaming_from_the_profile_and_from_every_profile()
    {
        var model = new FixedRecognizer(
            "ner",
            new Detection(0, 8, "PER", 0.9, "ner"),
            new Detection(10, 15, "MISC", 0.9, "ner"),
            new Detection(16, 28, "NUMBER", 0.9, "ner"),
            new Detection(39, 53, "LOC", 0.9, "ner"));
        var options = new RecognizerOptions
        {
            DisabledTypes = ["LOC"],
            Profiles = { ["custom"] = Profile([ConflictPolicies.MergeOverlaps], "ner") },
        };
        options.Profiles["custom"].TypeMap = new() { ["NUMBER"] = "MISC" };
        options.Profiles["custom"].DisabledTypes = ["MISC"];
        var pipeline = Pipelines.Only(options, model);

        var found = await PiiAssert.RunAsync(pipeline, Text, "en", "custom");

        Assert.Equal(["PER"], found.Select(d => d.Type));
    }

    [Fact]
    public async Task The_minimum_confidence_drops_weak_detections_before_a_weak_container_could_swallow_a_strong_one()
    {
        var weakContainer = new FixedRecognizer("guess", new Detection(0, 28, "ADDRESS", 0.3, "guess"));
        var phone = new FixedRecognizer("phones", new Detection(16, 28, "PHONE", 0.7, "phones"));
        var options = new RecognizerOptions
        {
            Profiles = { ["custom"] = Profile([ConflictPolicies.ContainerWins], "guess", "phones") },
        };
        options.Profiles["custom"].MinimumConfidence = 0.4;
        var pipeline = Pipelines.Only(options, weakContainer, phone);

        var found = Assert.Single(await PiiAssert.RunAsync(pipeline, Text, "en", "custom"));

        Assert.Equal("943 476 5919", Text[found.Start..found.End]);
        Assert.Equal(0.4, pipeline.Profile("custom").MinimumConfidence);
    }

    [Fact]
    public void The_stricter_of_the_global_and_the_profile_minimum_confidence_applies()
    {
        var options = new RecognizerOptions
        {
            MinimumConfidence = 0.6,
            Profiles = { ["custom"] = Profile([ConflictPolicies.Priority], "phones") },
        };
        options.Profiles["custom"].MinimumConfidence = 0.4;

        var pipeline = Pipelines.Only(options, new FixedRecognizer("phones", new Detection(16, 28, "PHONE", 0.5, "phones")));

        Assert.Equal(0.6, pipeline.Profile("custom").MinimumConfidence);
    }

    [Fact]
    public async Task The_requested_types_are_filtered_before_the_policies()
    {
        var phone = new FixedRecognizer("phones", new Detection(16, 28, "PHONE", 0.7, "phones"));
        var nhs = new FixedRecognizer("nhs", new Detection(16, 28, PiiTypes.UkNhs, 0.85, "nhs"));
        var options = new RecognizerOptions
        {
            Profiles = { ["custom"] = Profile([ConflictPolicies.EqualSpansHigherScore, ConflictPolicies.ContainerWins], "phones", "nhs") },
        };
        var pipeline = Pipelines.Only(options, phone, nhs);

        var all = await PiiAssert.RunAsync(pipeline, Text, "en", "custom");
        var phonesOnly = await PiiAssert.RunAsync(pipeline, Text, "en", "custom", new HashSet<string> { PiiTypes.Phone });

        Assert.Equal(PiiTypes.UkNhs, Assert.Single(all).Type);
        Assert.Equal(new Detection(16, 28, PiiTypes.Phone, 0.7, "phones"), Assert.Single(phonesOnly));
    }

    [Fact]
    public async Task The_built_in_recognizers_asked_only_for_phones_keep_the_phone_an_nhs_number_would_beat()
    {
        const string text = "The patient's NHS number is 943 476 5919.";
        var pipeline = Pipelines.BuiltIn();

        var all = await PiiAssert.RunAsync(pipeline, text, "en", ProfileNames.RedactionRules);
        var phonesOnly = await PiiAssert.RunAsync(pipeline, text, "en", ProfileNames.RedactionRules, new HashSet<string> { PiiTypes.Phone });

        Assert.Equal([("943 476 5919", PiiTypes.UkNhs)], all.Select(d => (text[d.Start..d.End], d.Type)));
        Assert.Equal([("943 476 5919", PiiTypes.Phone)], phonesOnly.Select(d => (text[d.Start..d.End], d.Type)));
    }

    [Fact]
    public async Task Profile_priorities_decide_under_the_priority_policy_and_the_answer_is_in_text_order()
    {
        var rules = new FixedRecognizer("rules", new Detection(39, 53, "ADDRESS", 0.5, "rules"), new Detection(10, 28, "PHONE", 0.9, "rules"));
        var preferred = new FixedRecognizer("preferred", new Detection(16, 20, "NUMBER", 0.2, "preferred"));
        var options = new RecognizerOptions
        {
            Profiles = { ["custom"] = Profile([ConflictPolicies.Priority], "rules", "preferred") },
        };
        options.Profiles["custom"].Priorities = new() { ["preferred"] = 1 };
        var pipeline = Pipelines.Only(options, rules, preferred);

        var found = await PiiAssert.RunAsync(pipeline, Text, "en", "custom");

        Assert.Equal(["NUMBER", "ADDRESS"], found.Select(d => d.Type));
    }

    [Fact]
    public async Task Detections_outside_the_text_are_dropped()
    {
        var broken = new FixedRecognizer("broken", new Detection(50, 500, "X", 0.9, "broken"), new Detection(5, 5, "X", 0.9, "broken"), new Detection(0, 4, "X", 0.9, "broken"));
        var options = new RecognizerOptions { Profiles = { ["custom"] = Profile([ConflictPolicies.Priority], "broken") } };

        var found = await PiiAssert.RunAsync(Pipelines.Only(options, broken), Text, "en", "custom");

        Assert.Equal([new Detection(0, 4, "X", 0.9, "broken")], found);
    }

    [Fact]
    public void A_profile_naming_an_unknown_policy_is_refused_at_start()
    {
        var options = new RecognizerOptions { Profiles = { ["custom"] = Profile(["biggest-wins"], "phones") } };

        var error = Assert.Throws<OptionsValidationException>(() => Pipelines.Only(options, new FixedRecognizer("phones")));

        Assert.Contains("biggest-wins", error.Message, StringComparison.Ordinal);
    }

    private static RecognizerProfileOptions Profile(List<string> policies, params string[] recognizers) => new()
    {
        Recognizers = [.. recognizers],
        Policies = policies,
    };
}
