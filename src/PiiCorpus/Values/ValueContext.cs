using EntityGraph.PiiCorpus.Languages;
using EntityGraph.PiiCorpus.Names;

namespace EntityGraph.PiiCorpus.Values;

/// <summary>What a value generator draws from: the seeded random source, the language profile and the people of the language.</summary>
internal sealed record ValueContext(Random Random, LanguageProfile Profile, PersonPicker Persons)
{
    public string Language => Profile.Code;
}
