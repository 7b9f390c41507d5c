using System.Globalization;

namespace EntityGraph.Documents.Internal;

/// <summary>Builds part names (<c>attachment-N/NAME</c>) and moves a nested result's parts under its attachment.</summary>
internal static class PartNames
{
    /// <summary>The part name of the <paramref name="number"/>-th attachment, named <paramref name="fileName"/>.</summary>
    public static string Attachment(int number, string fileName) =>
        "attachment-" + number.ToString(CultureInfo.InvariantCulture) + "/" + Sanitize(fileName);

    /// <summary><paramref name="child"/> placed under <paramref name="parent"/>.</summary>
    public static string Combine(string parent, string child) =>
        parent.Length == 0 ? child : child.Length == 0 ? parent : parent + "/" + child;

    /// <summary>
    /// The documents and failures of an attachment's own result, renamed to sit under <paramref name="attachmentPart"/>:
    /// the attachment itself (and any non-attachment part of it, such as a JSON item) gets <c>""</c>, the containing
    /// file, as its parent.
    /// </summary>
    public static DocumentReadResult Rebase(DocumentReadResult result, string attachmentPart)
    {
        var documents = result.Documents
            .Select(document => document with
            {
                Part = Combine(attachmentPart, document.Part),
                ParentPart = document.ParentPart is null ? "" : Combine(attachmentPart, document.ParentPart),
            })
            .ToList();
        var failures = result.Failures
            .Select(failure => failure with { Part = Combine(attachmentPart, failure.Part) })
            .ToList();
        return new DocumentReadResult(documents, failures);
    }

    private static string Sanitize(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "unnamed" : name;
    }
}
