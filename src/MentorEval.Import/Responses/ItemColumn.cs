using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Responses;

/// <summary>An item of the instrument and the export column its answers are in.</summary>
public sealed record ItemColumn(Item Item, int ItemIndex, ExportColumn Column, MatchedBy MatchedBy);
