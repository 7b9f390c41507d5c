using System.CommandLine;

namespace EntityGraph.CommandLine;

/// <summary>The System.CommandLine commands built from a program's <see cref="CommandSpec"/>s.</summary>
/// <param name="Root">The program's root command, with every command below it.</param>
/// <param name="Bindings">The spec and symbols of every command that runs (the leaves), by command.</param>
internal sealed record CommandTree(RootCommand Root, IReadOnlyDictionary<Command, CommandBinding> Bindings);
