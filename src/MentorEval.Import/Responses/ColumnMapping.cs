using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>Which column holds which item, and what was left over on either side.</summary>
public sealed record ColumnMapping(
    IReadOnlyList<ItemColumn> Mapped,
    IReadOnlyList<ExportColumn> UnmappedColumns,
    IReadOnlyList<Item> UnmappedItems,
    IReadOnlyList<Diagnostic> Problems)
{
    public bool IsUsable => Mapped.Count > 0 && Problems.Count == 0;
}
