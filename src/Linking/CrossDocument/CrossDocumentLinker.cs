using System.Globalization;
using EntityGraph.Linking.InDocument;
using EntityGraph.Linking.KnownNames;
using EntityGraph.Linking.Normalization;
using EntityGraph.Linking.Options;
using Microsoft.Extensions.Options;

namespace EntityGraph.Linking.CrossDocument;

/// <summary>
/// Cross-document linking of a cluster whose key no stored entity holds. Candidates of the same type are taken in this
/// order: a stored name equal to the cluster's key (alias; one entity, or the one sharing most context); a stored name the
/// cluster is a shorter form of (partial; needs shared context); a Jaro-Winkler match of the keys at or above
/// <see cref="LinkingOptions.FuzzyThreshold"/> with every word pair at or above <see cref="LinkingOptions.TokenThreshold"/>
/// (fuzzy; needs shared context). Anything else makes a new entity; when a candidate came close, or a same-named entity
/// of another type exists, the decision is recorded as a candidate for review instead of being merged. Precision guards:
/// a value (date, amount, percentage...) links only to an equal value (its key); no partial or fuzzy link joins two
/// names when either names a known place (<see cref="KnownNameTable"/>, a demonym through its place: "Australian" is
/// "Australia") that the other does not name ("Austria" and "Australia", "Colombo" and "Colombia", "Niger" and "Nigeria").
/// </summary>
public sealed class CrossDocumentLinker(IOptions<LinkingOptions> options, KnownNameTable knownNames)
{
    /// <summary>Endings that turn a place name into its demonym ("Australia" + "n", "China" → "Chinese").</summary>
    private static readonly string[] DemonymEndings = ["n", "an", "ian", "ese", "ish", "i"];

    private const double AliasScore = 0.95;
    private const double PartialScore = 0.75;
    private const double ContextBonus = 0.05;
    private const double TypeConflictScore = 0.5;

    /// <summary>The decision for a cluster whose key (or alternate key) is stored for <paramref name="entityId"/>.</summary>
    public LinkDecision Exact(MentionCluster cluster, string entityId, string matchedKey)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var reason = cluster.Concept is { } concept && matchedKey == cluster.Key
            ? $"known name of {concept.ConceptId} ('{concept.EnglishName}'), key {cluster.Type}|{matchedKey}"
            : $"exact key {cluster.Type}|{matchedKey}";
        return new LinkDecision(LinkDecisionKinds.Exact, entityId, 1.0, reason, null, []);
    }

    /// <summary>Decides among <paramref name="candidates"/> for a cluster no stored key matched.</summary>
    public LinkDecision Decide(MentionCluster cluster, IReadOnlyList<StoredCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(candidates);
        var settings = options.Value;
        var matches = new List<Match>();
        Match? typeConflict = null;
        foreach (var candidate in candidates)
        {
            var match = Evaluate(cluster, candidate, settings);
            if (match is null)
            {
                continue;
            }

            if (KnownNameTable.CanonicalType(candidate.Type) != KnownNameTable.CanonicalType(cluster.Type))
            {
                if (match.Kind == LinkDecisionKinds.Alias && (typeConflict is null || candidate.MentionCount > typeConflict.Candidate.MentionCount))
                {
                    typeConflict = match;
                }

                continue;
            }

            matches.Add(match);
        }

        return Accept(matches, LinkDecisionKinds.Alias, settings, requireContext: false)
            ?? Accept(matches, LinkDecisionKinds.Partial, settings, requireContext: true)
            ?? Accept(matches.Where(m => m.Similarity >= settings.FuzzyThreshold).ToList(), LinkDecisionKinds.Fuzzy, settings, requireContext: true)
            ?? Review(cluster, matches, typeConflict, settings);
    }

    private Match? Evaluate(MentionCluster cluster, StoredCandidate candidate, LinkingOptions settings)
    {
        var tokens = EntityKeyNormalizer.Tokens(cluster.Key);
        var shared = candidate.SharedContextEntityIds.Count;
        var names = candidate.MatchedNames.Append(candidate.CanonicalName).ToList();
        if (names.Any(name => EntityKeyNormalizer.Normalize(cluster.Type, name) == cluster.Key) || candidate.SimilarKeys.Contains(cluster.Key))
        {
            var kind = cluster.IsShortFormOnly ? LinkDecisionKinds.Partial : LinkDecisionKinds.Alias;
            return new Match(candidate, kind, 1.0, shared, "a stored name of the entity has the same key");
        }

        if (!EntityTypes.IsNamed(cluster.Type) || KnownApart(cluster, candidate))
        {
            return null;
        }

        foreach (var name in names)
        {
            var nameTokens = EntityKeyNormalizer.Tokens(EntityKeyNormalizer.Normalize(cluster.Type, name));
            var rule = PartialRule(cluster, tokens, name, nameTokens);
            if (rule is not null)
            {
                return new Match(candidate, LinkDecisionKinds.Partial, 1.0, shared, $"'{cluster.CanonicalName}' is the {rule} of stored name '{name}'");
            }
        }

        var best = candidate.SimilarKeys.Append(candidate.NormalizedKey)
            .Select(key => (Key: key, Similarity: Similarity(cluster.Key, key, settings.TokenThreshold)))
            .MaxBy(pair => pair.Similarity);
        return best.Similarity >= settings.CandidateThreshold
            ? new Match(candidate, LinkDecisionKinds.Fuzzy, best.Similarity, shared, string.Create(CultureInfo.InvariantCulture, $"Jaro-Winkler {best.Similarity:0.000} between '{cluster.Key}' and stored key '{best.Key}'"))
            : null;
    }

    /// <summary>True when either name is a known place (or its demonym) and the other is not the same place.</summary>
    private bool KnownApart(MentionCluster cluster, StoredCandidate candidate)
    {
        var mine = cluster.Concept?.ConceptId ?? PlaceOf(cluster.Key);
        var theirs = knownNames.Find(candidate.Type, candidate.NormalizedKey)?.ConceptId ?? PlaceOf(candidate.NormalizedKey);
        return (mine is not null || theirs is not null) && !string.Equals(mine, theirs, StringComparison.Ordinal);
    }

    /// <summary>The known place a one-word key names or is the demonym of; null when it is neither.</summary>
    private string? PlaceOf(string key)
    {
        if (knownNames.Find("LOC", key) is { } place)
        {
            return place.ConceptId;
        }

        if (key.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var ending in DemonymEndings)
        {
            if (key.Length > ending.Length + 3 && key.EndsWith(ending, StringComparison.Ordinal)
                && (knownNames.Find("LOC", key[..^ending.Length]) ?? knownNames.Find("LOC", key[..^ending.Length] + "a")) is { } named)
            {
                return named.ConceptId;
            }
        }

        return null;
    }

    private static string? PartialRule(MentionCluster cluster, IReadOnlyList<string> tokens, string name, IReadOnlyList<string> nameTokens)
    {
        if (EntityTypes.IsPerson(cluster.Type))
        {
            return NameParts.PersonRule(tokens, nameTokens, Inflection.Of(cluster.Language));
        }

        if (Acronyms.LooksLikeAcronym(cluster.CanonicalName) && Acronyms.Expands(cluster.CanonicalName, name))
        {
            return DocumentLinker.AcronymRule;
        }

        return EntityTypes.IsOrganization(cluster.Type) && NameParts.IsNamePart(tokens, nameTokens) ? NameParts.NamePart : null;
    }

    /// <summary>Jaro-Winkler of two keys; for keys of several words, 0 unless they have as many words and every word pair reaches <paramref name="tokenThreshold"/>.</summary>
    public static double Similarity(string left, string right, double tokenThreshold)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var leftTokens = EntityKeyNormalizer.Tokens(left);
        var rightTokens = EntityKeyNormalizer.Tokens(right);
        if (leftTokens.Count != rightTokens.Count)
        {
            return 0.0;
        }

        if (leftTokens.Count > 1 && leftTokens.Zip(rightTokens).Any(pair => JaroWinkler.Similarity(pair.First, pair.Second) < tokenThreshold))
        {
            return 0.0;
        }

        return JaroWinkler.Similarity(left, right);
    }

    private static LinkDecision? Accept(List<Match> matches, string kind, LinkingOptions settings, bool requireContext)
    {
        var ofKind = matches.Where(m => m.Kind == kind).ToList();
        if (ofKind.Count == 0)
        {
            return null;
        }

        var ranked = ofKind.OrderByDescending(m => m.Shared).ThenByDescending(m => m.Similarity).ToList();
        var best = ranked[0];
        var unique = ranked.Count == 1 || ranked[1].Shared < best.Shared;
        var supported = best.Shared >= settings.MinSharedContext;
        if (!unique || (requireContext && !supported))
        {
            return null;
        }

        if (ofKind.Count > 1 && !supported)
        {
            return null;
        }

        var score = kind switch
        {
            LinkDecisionKinds.Alias => AliasScore,
            LinkDecisionKinds.Partial => Math.Min(AliasScore, PartialScore + (ContextBonus * best.Shared)),
            _ => best.Similarity,
        };
        var context = best.Shared == 0 ? "no other entity of that name" : $"shares {best.Shared} co-occurring entit{(best.Shared == 1 ? "y" : "ies")}";
        return new LinkDecision(kind, best.Candidate.EntityId, Math.Round(score, 4), $"{best.Reason}; {context}", null, best.Candidate.SharedContextEntityIds);
    }

    private static LinkDecision Review(MentionCluster cluster, List<Match> matches, Match? typeConflict, LinkingOptions settings)
    {
        var closest = matches.OrderByDescending(m => m.Similarity).ThenByDescending(m => m.Shared).FirstOrDefault();
        if (closest is not null)
        {
            var why = closest.Shared < settings.MinSharedContext
                ? "but the document shares no co-occurring entity with it"
                : closest.Kind == LinkDecisionKinds.Fuzzy && closest.Similarity < settings.FuzzyThreshold
                    ? string.Create(CultureInfo.InvariantCulture, $"but below the fuzzy threshold {settings.FuzzyThreshold:0.00}")
                    : "but another entity matches as well";
            return new LinkDecision(LinkDecisionKinds.Candidate, null, Math.Round(closest.Similarity * (closest.Kind == LinkDecisionKinds.Fuzzy ? 1 : 0.9), 4), $"new entity; {closest.Kind} candidate: {closest.Reason}, {why}", closest.Candidate.EntityId, closest.Candidate.SharedContextEntityIds);
        }

        if (typeConflict is not null)
        {
            return new LinkDecision(LinkDecisionKinds.Candidate, null, TypeConflictScore, $"new entity; '{cluster.CanonicalName}' also names {typeConflict.Candidate.Type} entity '{typeConflict.Candidate.CanonicalName}', a different type", typeConflict.Candidate.EntityId, []);
        }

        return new LinkDecision(LinkDecisionKinds.New, null, 1.0, $"new entity; no stored {cluster.Type} entity matches '{cluster.Key}'", null, []);
    }

    private sealed record Match(StoredCandidate Candidate, string Kind, double Similarity, int Shared, string Reason);
}
