using EntityGraph.Silo.Cli;

namespace EntityGraph.Silo.Tests.Cli;

public sealed class ArgumentParserTests
{
    private static readonly CommandSpec Spec = new(
        "demo",
        "Demo command.",
        "entitygraph demo [--name N] [--flag] [--tag T]... PATH...",
        [new OptionSpec("name", "N", "A name."), new OptionSpec("flag", null, "A flag."), new OptionSpec("tag", "T", "A tag.", Repeatable: true)],
        PositionalName: "PATH",
        MinPositionals: 1,
        MaxPositionals: 3);

    [Fact]
    public void Options_flags_and_positionals_are_parsed_in_any_order()
    {
        var args = ArgumentParser.Parse(Spec, ["a.txt", "--name", "x", "--flag", "--tag=t1", "b.txt", "--tag", "t2"]);

        Assert.Equal("x", args.Value("name"));
        Assert.True(args.HasFlag("flag"));
        Assert.Equal(["t1", "t2"], args.Values("tag"));
        Assert.Equal(["a.txt", "b.txt"], args.Positionals);
        Assert.False(args.HelpRequested);
    }

    [Fact]
    public void A_double_dash_ends_options_and_a_single_dash_is_positional()
    {
        var args = ArgumentParser.Parse(Spec, ["-", "--", "--name"]);

        Assert.Null(args.Value("name"));
        Assert.Equal(["-", "--name"], args.Positionals);
    }

    [Fact]
    public void Values_may_start_with_one_dash_or_be_given_with_equals()
    {
        Assert.Equal("-5", ArgumentParser.Parse(Spec, ["--name", "-5", "p"]).Value("name"));
        Assert.Equal("--odd", ArgumentParser.Parse(Spec, ["--name=--odd", "p"]).Value("name"));
        Assert.Equal(string.Empty, ArgumentParser.Parse(Spec, ["--name=", "p"]).Value("name"));
    }

    [Fact]
    public void Help_skips_the_positional_checks()
    {
        Assert.True(ArgumentParser.Parse(Spec, ["--help"]).HelpRequested);
        Assert.True(ArgumentParser.Parse(Spec, ["-h"]).HelpRequested);
    }

    [Theory]
    [InlineData("unknown option '--nope'", "--nope", "p")]
    [InlineData("unknown option '-x'", "-x", "p")]
    [InlineData("option --name needs a value (N)", "p", "--name")]
    [InlineData("option --name needs a value (N)", "--name", "--flag", "p")]
    [InlineData("option --flag takes no value", "--flag=yes", "p")]
    [InlineData("option --name is given more than once", "--name", "a", "--name", "b", "p")]
    [InlineData("missing PATH", "--flag")]
    [InlineData("unexpected argument 'd'", "a", "b", "c", "d")]
    public void Mistakes_are_usage_errors_that_say_what_is_wrong(string message, params string[] args)
    {
        var error = Assert.Throws<UsageException>(() => ArgumentParser.Parse(Spec, args));

        Assert.Equal(message, error.Message);
        Assert.Equal("demo", error.Command);
    }

    [Fact]
    public void Positive_integers_are_checked()
    {
        var spec = Spec with { Options = [.. Spec.Options, new OptionSpec("count", "N", "A count.")] };

        Assert.Equal(7, ArgumentParser.Parse(spec, ["--count", "7", "p"]).PositiveInt("count", 1));
        Assert.Equal(4, ArgumentParser.Parse(spec, ["p"]).PositiveInt("count", 4));
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(spec, ["--count", "0", "p"]).PositiveInt("count", 1));
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(spec, ["--count", "two", "p"]).PositiveInt("count", 1));
    }
}
