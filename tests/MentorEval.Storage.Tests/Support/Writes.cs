using MentorEval.Core.Responses;
using MentorEval.Storage.Responses;

namespace MentorEval.Storage.Tests.Support;

/// <summary>Hands responses to a batch writer as an import does: encoded, with their pair and wave.</summary>
public static class Writes
{
    public static IReadOnlyList<WriteOutcome> Write(this IResponseBatchWriter writer, string wave, params SurveyResponse[] responses)
    {
        var encoder = new ResponseEncoder();
        return writer.Write(responses.Select(r => new ResponseToWrite(encoder.Encode(r), null, wave)).ToList());
    }
}
