using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorEval.Core.Responses;

namespace MentorEval.Storage.Responses;

/// <summary>
/// Turns a response into the bytes stored for it: packed item values (<see cref="ItemValueCodec"/>), the original
/// answers (<see cref="AnswerTextCodec"/>), and the text columns as UTF-8, in exactly the form the SQLite provider
/// (and so EF) would store them. An import encodes on
/// the thread that reads the file, so the thread that writes only binds and steps. Not thread-safe: one per thread.
/// </summary>
public sealed class ResponseEncoder
{
    // Microsoft.Data.Sqlite's (and EF's) text form of a DateTimeOffset.
    private const string DateTimeOffsetFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter json;

    public ResponseEncoder() => json = new Utf8JsonWriter(buffer);

    public EncodedResponse Encode(SurveyResponse response)
    {
        return new EncodedResponse(response, Encoding.UTF8.GetBytes(response.RespondentId), Encoding.UTF8.GetBytes(response.PairId ?? ""),
            ItemValueCodec.Pack(response.Values), AnswerTexts(response), response.SubmittedAt is { } at ? SubmittedAt(at) : null);
    }

    private byte[] AnswerTexts(SurveyResponse response)
    {
        buffer.ResetWrittenCount();
        json.Reset();
        AnswerTextCodec.Write(json, response.Answers, response.Values, response.SubmittedAtText);
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] SubmittedAt(DateTimeOffset at)
    {
        Span<byte> utf8 = stackalloc byte[64];
        if (!at.TryFormat(utf8, out var written, DateTimeOffsetFormat, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"The time {at:O} could not be written.");
        return utf8[..written].ToArray();
    }
}

/// <summary>A response and the bytes stored for it (see <see cref="ResponseEncoder"/>); only an encoder makes one.</summary>
public sealed class EncodedResponse
{
    internal EncodedResponse(SurveyResponse response, byte[] respondentId, byte[] pairKey, byte[] values, byte[] answersJson, byte[]? submittedAt)
    {
        Response = response;
        RespondentId = respondentId;
        PairKey = pairKey;
        Values = values;
        AnswersJson = answersJson;
        SubmittedAt = submittedAt;
    }

    public SurveyResponse Response { get; }

    internal byte[] RespondentId { get; }

    /// <summary>The roster's pair id, or empty for a response not linked to a pair (see <see cref="ResponseRecord.PairKey"/>).</summary>
    internal byte[] PairKey { get; }

    internal byte[] Values { get; }

    internal byte[] AnswersJson { get; }

    internal byte[]? SubmittedAt { get; }
}
