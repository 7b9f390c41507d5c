namespace EntityGraph.Documents;

/// <summary>A part of a file (an e-mail attachment, a JSON item, an empty e-mail body) that could not be read.</summary>
/// <param name="Part">The part's name, in the same form as <see cref="ReadDocument.Part"/>.</param>
/// <param name="Code">One of the <see cref="DocumentErrorCodes"/>.</param>
/// <param name="Message">A human-readable reason.</param>
public sealed record PartFailure(string Part, string Code, string Message);
