using System.Globalization;

namespace EntityGraph.Silo.Ingestion;

/// <summary>Counts of one ingest run.</summary>
public sealed record IngestSummary(int Created, int Updated, int Unchanged, int Failed, int Skipped, TimeSpan Elapsed)
{
    public int Succeeded => Created + Updated + Unchanged;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Succeeded} of {Succeeded + Failed} documents ingested: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed, {Skipped} skipped in {Elapsed.TotalSeconds:0.0} s");
}
