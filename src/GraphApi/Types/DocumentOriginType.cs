using EntityGraph.Storage;
using GraphQL.Types;

namespace EntityGraph.GraphApi.Types;

/// <summary>Where a stored document was read from (GraphQL <c>DocumentOrigin</c>); the format's best-known facts as typed fields, all of them in <c>metadata</c>.</summary>
public sealed class DocumentOriginType : ObjectGraphType<DocumentOrigin>
{
    public DocumentOriginType()
    {
        Name = "DocumentOrigin";
        Description = "The file a document was read from: path, reader format, part of the file, the document it is attached to, and the format's metadata.";
        Field<NonNullGraphType<StringGraphType>>("path").Description("The full path of the file (for a JSONL line: the JSONL file).").Resolve(context => context.Source.Path);
        Field<NonNullGraphType<StringGraphType>>("format")
            .Description("The reader format: text, markdown, html, email, pdf, docx, json or jsonl.")
            .Resolve(context => context.Source.Format);
        Field<StringGraphType>("part")
            .Description("Where inside the file: attachment-N/NAME for an e-mail attachment, item-N for an element of a JSON array; null for the file itself.")
            .Resolve(context => context.Source.Part);
        Field<IdGraphType>("parentId")
            .Description("The id of the document this one is attached to (an attachment's e-mail); null otherwise.")
            .Resolve(context => context.Source.ParentId);
        Field<IntGraphType>("pages").Description("A PDF's page count.").Resolve(context => context.Source.Pages);
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("pageStarts")
            .Description("A PDF's page starts: the UTF-16 offset in the document text where each page begins.")
            .Resolve(context => context.Source.PageStarts);
        Field<StringGraphType>("from").Description("An e-mail's senders (Name <address>, ...).").Resolve(context => context.Source["from"]);
        Field<StringGraphType>("to").Description("An e-mail's recipients (Name <address>, ...).").Resolve(context => context.Source["to"]);
        Field<StringGraphType>("date").Description("An e-mail's date, ISO 8601 with its offset.").Resolve(context => context.Source["date"]);
        Field<StringGraphType>("subject").Description("An e-mail's subject.").Resolve(context => context.Source["subject"]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetadataEntryType>>>>("metadata")
            .Description("Every fact the format reported, by name.")
            .Resolve(context => (context.Source.Metadata ?? new Dictionary<string, string>()).OrderBy(entry => entry.Key, StringComparer.Ordinal).ToList());
    }
}
