namespace MentorEval.Storage.Responses;

/// <param name="Response">The response, encoded beforehand, possibly on another thread (see <see cref="ResponseEncoder"/>).</param>
/// <param name="PairRowId">The stored pair's id, or null when there is no roster to link to.</param>
/// <param name="Wave">The wave the response belongs to; a wave seen for the first time is added.</param>
public readonly record struct ResponseToWrite(EncodedResponse Response, int? PairRowId, string Wave);
