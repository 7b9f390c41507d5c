using EntityGraph.Linking.KnownNames;
using EntityGraph.Linking.Normalization;

namespace EntityGraph.Linking.InDocument;

/// <summary>
/// In-document linking. Mentions are grouped by (type, key), where the key is the normalized name or the key of the
/// known concept it names; same-type groups that differ only by a short ending of their last word are joined
/// ("Путин"/"Путина"); then every group that is a shorter form of another (a surname, given name, initials or fewer words
/// of a person; an acronym of a name; the first or last word of an organisation name) joins, mention by mention, the fuller name
/// mentioned nearest before it (or, failing that, after it). One document thus yields one cluster per real-world thing.
/// A cluster is named by its fullest form, or by the English name of the known concept it names ("Germany" for "Германия").
/// </summary>
public sealed class DocumentLinker(EntityNameKeys keys)
{
    public const string AcronymRule = "acronym";

    /// <summary>The clusters of <paramref name="mentions"/> in order of first mention; mentions without a usable type or key belong to none.</summary>
    public IReadOnlyList<MentionCluster> Link(IReadOnlyList<LinkMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var groups = BuildGroups(mentions);
        JoinInflections(groups);
        var anchorsOf = FindAnchors(groups);
        var assigned = new Dictionary<Group, List<(int Index, InDocumentLink? Link)>>();
        foreach (var group in groups.Where(g => !g.Absorbed))
        {
            var anchors = anchorsOf[group];
            foreach (var index in group.Members)
            {
                var (anchor, rule) = anchors.Count == 0 ? (group, null) : Nearest(mentions, anchors, mentions[index].Start);
                if (!assigned.TryGetValue(anchor, out var list))
                {
                    assigned[anchor] = list = [];
                }

                var link = rule is null ? null : new InDocumentLink(index, mentions[index].Text, rule, anchor.Display);
                list.Add((index, link ?? InflectionLink(group, anchor, index, mentions)));
            }
        }

        return assigned
            .Select(pair => BuildCluster(pair.Key, pair.Value, mentions))
            .OrderBy(cluster => cluster.MentionIndexes[0])
            .ToList();
    }

    private List<Group> BuildGroups(IReadOnlyList<LinkMention> mentions)
    {
        var byKey = new Dictionary<(string Type, string Key), Group>();
        var groups = new List<Group>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var type = mention.Type?.Trim() ?? string.Empty;
            if (type.Length == 0 || mention.Text is null)
            {
                continue;
            }

            var nameKey = keys.For(type, mention.Text, mention.Language);
            if (nameKey.Key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue((type, nameKey.Key), out var group))
            {
                group = new Group(type, nameKey.Key, nameKey.Concept, mention.Text, Inflection.Of(mention.Language));
                byKey[(type, nameKey.Key)] = group;
                groups.Add(group);
            }

            group.Members.Add(i);
            group.IsAcronym &= Acronyms.LooksLikeAcronym(mention.Text);
        }

        return groups;
    }

    private static void JoinInflections(List<Group> groups)
    {
        foreach (var group in groups.Where(g => g.Concept is null && g.Inflection != InflectionKind.None && EntityTypes.IsNamed(g.Type)))
        {
            var stem = groups.FirstOrDefault(other =>
                !ReferenceEquals(other, group)
                && !other.Absorbed
                && other.Type == group.Type
                && other.Tokens.Count == group.Tokens.Count
                && (other.Concept is not null || other.Key.Length < group.Key.Length || (other.Key.Length == group.Key.Length && string.CompareOrdinal(other.Key, group.Key) < 0))
                && other.Tokens.Take(other.Tokens.Count - 1).SequenceEqual(group.Tokens.Take(group.Tokens.Count - 1))
                && Inflection.SameWord(other.Tokens[^1], group.Tokens[^1], group.Inflection));
            if (stem is not null && !group.Absorbed)
            {
                stem.Members.AddRange(group.Members);
                stem.Members.Sort();
                stem.Inflected.AddRange(group.Members);
                group.Members.Clear();
                group.Absorbed = true;
            }
        }
    }

    private static Dictionary<Group, List<(Group Anchor, string Rule)>> FindAnchors(List<Group> groups)
    {
        var live = groups.Where(g => !g.Absorbed).ToList();
        var targets = live.ToDictionary(g => g, g => live
            .Where(other => !ReferenceEquals(other, g) && other.Type == g.Type)
            .Select(other => (Group: other, Rule: ShortFormRule(g, other)))
            .Where(pair => pair.Rule is not null)
            .Select(pair => (pair.Group, Rule: pair.Rule!))
            .ToList());

        var anchors = new Dictionary<Group, List<(Group Anchor, string Rule)>>();
        foreach (var group in live)
        {
            anchors[group] = targets[group]
                .SelectMany(target => targets[target.Group].Count == 0
                    ? [(target.Group, target.Rule)]
                    : targets[target.Group].Where(t => targets[t.Group].Count == 0).Select(t => (t.Group, target.Rule)))
                .DistinctBy(pair => pair.Item1)
                .ToList();
        }

        return anchors;
    }

    private static string? ShortFormRule(Group shorter, Group full)
    {
        if (shorter.Concept is not null)
        {
            return null;
        }

        if (EntityTypes.IsPerson(shorter.Type))
        {
            return NameParts.PersonRule(shorter.Tokens, full.Tokens, shorter.Inflection);
        }

        if (shorter.IsAcronym && !full.IsAcronym && Acronyms.Expands(shorter.Display, full.Display))
        {
            return AcronymRule;
        }

        return EntityTypes.IsOrganization(shorter.Type) && !shorter.IsAcronym && NameParts.IsNamePart(shorter.Tokens, full.Tokens)
            ? NameParts.NamePart
            : null;
    }

    private static (Group Anchor, string Rule) Nearest(IReadOnlyList<LinkMention> mentions, List<(Group Anchor, string Rule)> anchors, int start)
    {
        var before = anchors
            .Select(a => (a, Last: a.Anchor.Members.Select(i => mentions[i].Start).Where(s => s < start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .Select(x => x.a)
            .ToList();
        if (before.Count > 0)
        {
            return before[0];
        }

        return anchors.OrderBy(a => a.Anchor.Members.Select(i => mentions[i].Start).Min()).First();
    }

    private static InDocumentLink? InflectionLink(Group group, Group anchor, int index, IReadOnlyList<LinkMention> mentions) =>
        ReferenceEquals(group, anchor) && group.Inflected.Contains(index)
            ? new InDocumentLink(index, mentions[index].Text, NameParts.Inflection, group.Display)
            : null;

    private static MentionCluster BuildCluster(Group anchor, List<(int Index, InDocumentLink? Link)> members, IReadOnlyList<LinkMention> mentions)
    {
        var indexes = members.Select(m => m.Index).Order().ToList();
        var shortForms = members.Where(m => m.Link is not null && m.Link.Rule != NameParts.Inflection).Select(m => m.Index).ToHashSet();
        var fullSurfaces = anchor.Members.Where(i => !anchor.Inflected.Contains(i)).Select(i => mentions[i].Text).ToList();
        var canonical = anchor.Concept?.EnglishName
            ?? CanonicalNames.Select(anchor.Type, fullSurfaces.Count > 0 ? fullSurfaces : anchor.Members.Select(i => mentions[i].Text));
        var alternates = members
            .Where(m => shortForms.Contains(m.Index) && m.Link!.Rule == NameParts.PartialName)
            .Select(m => EntityKeyNormalizer.Normalize(anchor.Type, mentions[m.Index].Text))
            .Where(key => key.Contains(' ', StringComparison.Ordinal) && key != anchor.Key)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new MentionCluster(
            anchor.Type,
            anchor.Key,
            anchor.Concept,
            canonical,
            mentions[indexes[0]].Language,
            indexes,
            alternates,
            IsShortFormOnly: EntityTypes.IsPerson(anchor.Type) && anchor.Tokens.Count == 1,
            members.Where(m => m.Link is not null).Select(m => m.Link!).ToList());
    }

    private sealed class Group(string type, string key, KnownName? concept, string display, InflectionKind inflection)
    {
        public InflectionKind Inflection { get; } = inflection;

        public string Type { get; } = type;

        public string Key { get; } = key;

        public KnownName? Concept { get; } = concept;

        public string Display { get; } = display;

        public IReadOnlyList<string> Tokens { get; } = EntityKeyNormalizer.Tokens(key);

        public List<int> Members { get; } = [];

        public List<int> Inflected { get; } = [];

        public bool IsAcronym { get; set; } = true;

        public bool Absorbed { get; set; }
    }
}
