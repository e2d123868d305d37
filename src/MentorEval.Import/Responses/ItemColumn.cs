using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>An item of the instrument and the export column its answers are in.</summary>
/// <param name="Options">When the export splits the item's question into one column per option (older SurveyMonkey
/// exports: each cell holds its option's label or is empty), every such column, <see cref="Column"/> first; else empty.</param>
public sealed record ItemColumn(Item Item, int ItemIndex, ExportColumn Column, MatchedBy MatchedBy)
{
    public IReadOnlyList<ExportColumn> Options { get; init; } = [];

    /// <summary>The columns the item's answer is read from.</summary>
    public IReadOnlyList<ExportColumn> Columns => Options.Count > 0 ? Options : [Column];
}
