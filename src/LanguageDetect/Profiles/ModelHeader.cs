using EntityGraph.LanguageDetect.NGrams;
using EntityGraph.LanguageDetect.Scripts;

namespace EntityGraph.LanguageDetect.Profiles;

/// <summary>What every stored model starts with, whatever its body format.</summary>
internal sealed record ModelHeader(string Name, ModelKind Kind, ModelFormat Format, ScriptSet Scripts, int MaxOrder, string[] Languages);
