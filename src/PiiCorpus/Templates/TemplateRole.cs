namespace EntityGraph.PiiCorpus.Templates;

/// <summary>Where a sentence goes in a document.</summary>
internal enum TemplateRole
{
    /// <summary>An ordinary sentence of the body.</summary>
    Body,

    /// <summary>A greeting that starts the document ("Dear {PERSON},"), followed by a line break.</summary>
    Opener,

    /// <summary>A sign-off that ends the document ("Kind regards, {PERSON}"), after a line break.</summary>
    Closer,
}
