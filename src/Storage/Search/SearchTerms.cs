using EntityGraph.Text;

namespace EntityGraph.Storage;

/// <summary>
/// Index terms of a name: every folded variant (see <see cref="NameFolding.FoldVariants"/>) from each word start to the end,
/// so that a prefix lookup finds names that equal, start with, or contain a word starting with the search.
/// </summary>
public static class SearchTerms
{
    private const int MaxWordsPerName = 16;

    /// <summary>Greater than any string that starts with a given prefix followed by more text.</summary>
    private const string PrefixEnd = "\U0010FFFF";

    public static IReadOnlyCollection<string> ForName(string name)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folded in NameFolding.FoldVariants(name))
        {
            if (folded.Length == 0)
            {
                continue;
            }

            terms.Add(folded);
            var words = 1;
            for (var i = 1; i < folded.Length && words < MaxWordsPerName; i++)
            {
                if (folded[i - 1] == ' ')
                {
                    terms.Add(folded[i..]);
                    words++;
                }
            }
        }

        return terms;
    }

    /// <summary>The distinct, non-empty folded forms of a search string.</summary>
    public static IReadOnlyList<string> ForSearch(string search) =>
        NameFolding.FoldVariants(search).Where(folded => folded.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The exclusive upper bound of the term range that starts with <paramref name="prefix"/>.</summary>
    public static string UpperBound(string prefix) => prefix + PrefixEnd;
}
