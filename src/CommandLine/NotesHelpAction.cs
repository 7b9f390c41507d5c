using System.CommandLine;
using System.CommandLine.Invocation;

namespace EntityGraph.CommandLine;

/// <summary>System.CommandLine's help of a command, followed by the notes of its <see cref="CommandSpec"/>.</summary>
internal sealed class NotesHelpAction(SynchronousCommandLineAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> notes) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var code = help.Invoke(parseResult);
        if (notes.TryGetValue(parseResult.CommandResult.Command, out var paragraphs) && paragraphs.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Notes:");
            foreach (var paragraph in paragraphs)
            {
                output.WriteLine("  " + paragraph);
            }

            output.WriteLine();
        }

        return code;
    }
}
