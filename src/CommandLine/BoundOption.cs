using System.CommandLine;

namespace EntityGraph.CommandLine;

/// <summary>An <see cref="OptionSpec"/> and the System.CommandLine option built from it.</summary>
internal sealed record BoundOption(OptionSpec Spec, Option Option);
