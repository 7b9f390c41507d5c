using EntityGraph.PiiCorpus.Templates;
using EntityGraph.PiiCorpus.Values;

namespace EntityGraph.PiiCorpus.Generation;

/// <summary>
/// Composes the documents of one language: 1–3 PII values per document taken round-robin over the language's types (so
/// every type gets its share), sometimes one decoy of a checksum-validated type (also round-robin), and filler sentences up
/// to 1–4 sentences in all.
/// </summary>
internal sealed class DocumentComposer
{
    private const int DecoyPercent = 35;
    private const int MaxSentences = 4;

    private readonly ValueContext _context;
    private readonly TemplateSet _templates;
    private readonly IReadOnlyList<string> _types;
    private readonly IReadOnlyList<string> _checksumTypes;
    private int _valueCursor;
    private int _decoyCursor;

    public DocumentComposer(ValueContext context, TemplateSet templates)
    {
        _context = context;
        _templates = templates;
        _types = PiiTypes.ForLanguage(context.Language);
        _checksumTypes = [.. _types.Where(PiiTypes.ChecksumValidated.Contains)];
        _valueCursor = context.Random.Next(_types.Count);
        _decoyCursor = _checksumTypes.Count == 0 ? 0 : context.Random.Next(_checksumTypes.Count);
    }

    private Random Random => _context.Random;

    public PiiDocument Compose(string id)
    {
        var drafts = new List<SentenceDraft>();
        var budget = Random.Next(20) switch
        {
            < 5 => 1,
            < 13 => 2,
            _ => 3,
        };

        while (budget > 0)
        {
            var type = _types[_valueCursor++ % _types.Count];
            var template = ChooseTemplate(type, budget, drafts);
            drafts.Add(Fill(template, decoyType: null));
            budget -= template.PiiSlots.Count;
        }

        if (_checksumTypes.Count > 0 && drafts.Count < MaxSentences && Random.Next(100) < DecoyPercent)
        {
            var decoyType = _checksumTypes[_decoyCursor++ % _checksumTypes.Count];
            var candidates = _templates.For(decoyType).Where(t => t.PiiSlots.Count == 1 && t.Role == TemplateRole.Body).ToList();
            drafts.Add(Fill(RandomText.Pick(Random, candidates), decoyType));
        }

        var target = Random.Next(1, MaxSentences + 1);
        var fillers = RandomText.Shuffle(Random, _templates.Fillers);
        var nextFiller = 0;
        while ((drafts.Count < target || drafts.All(d => d.Role != TemplateRole.Body)) && nextFiller < fillers.Length)
        {
            drafts.Add(Fill(fillers[nextFiller++], decoyType: null));
        }

        var ordered = RandomText.Shuffle(Random, drafts);
        return DocumentAssembler.Assemble(id, _context.Language, ordered);
    }

    private SentenceTemplate ChooseTemplate(string type, int budget, List<SentenceDraft> drafts)
    {
        var hasOpener = drafts.Any(d => d.Role == TemplateRole.Opener);
        var hasCloser = drafts.Any(d => d.Role == TemplateRole.Closer);
        var candidates = _templates.For(type)
            .Where(t => t.PiiSlots.Count <= budget)
            .Where(t => !(t.Role == TemplateRole.Opener && hasOpener) && !(t.Role == TemplateRole.Closer && hasCloser))
            .ToList();

        // Templates with several values are used now and then, so the round-robin keeps every type well represented.
        if (Random.Next(4) != 0)
        {
            var single = candidates.Where(t => t.PiiSlots.Count == 1).ToList();
            if (single.Count > 0)
            {
                candidates = single;
            }
        }

        return RandomText.Pick(Random, candidates);
    }

    private SentenceDraft Fill(SentenceTemplate template, string? decoyType)
    {
        var pieces = new List<DraftPiece>(template.Parts.Count);
        foreach (var part in template.Parts)
        {
            if (!part.IsSlot)
            {
                pieces.Add(new DraftPiece(part.Text, Type: null, IsDecoy: false));
            }
            else if (part.Text == SentenceTemplate.NumberSlot)
            {
                pieces.Add(new DraftPiece(RandomText.Invariant(Random.Next(10_000, 1_000_000)), Type: null, IsDecoy: false));
            }
            else if (part.Text == decoyType)
            {
                pieces.Add(new DraftPiece(ValueGenerators.ChecksumFor(part.Text).GenerateDecoy(_context), part.Text, IsDecoy: true));
            }
            else
            {
                pieces.Add(new DraftPiece(ValueGenerators.For(part.Text).Generate(_context), part.Text, IsDecoy: false));
            }
        }

        return new SentenceDraft(template.Role, pieces);
    }
}
