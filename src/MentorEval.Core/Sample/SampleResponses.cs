using MentorEval.Core.Analysis;
using MentorEval.Core.Instruments;
using MentorEval.Core.Responses;

namespace MentorEval.Core.Sample;

/// <summary>A generated program's answers as analysis reads them from the store, without writing files or a database.</summary>
public static class SampleResponses
{
    public static IReadOnlyList<InstrumentResponses> Of(SampleProgram program, IReadOnlyList<Instrument> instruments) =>
        program.Surveys.GroupBy(s => s.InstrumentId).Select(g =>
        {
            var instrument = instruments.First(i => i.Id == g.Key);
            var interpreters = instrument.Items.Select(item => new AnswerInterpreter(instrument, item, [], false)).ToArray();
            var responses = g.SelectMany(s => s.Sheets.Select(sheet => new AnalysisResponse(sheet.RespondentId, sheet.PairId, sheet.Role, s.Cohort, s.Wave,
                sheet.SubmittedAt, sheet.Answers.Select((text, i) => interpreters[i].Interpret(text).Value).ToArray()))).ToList();
            return new InstrumentResponses(instrument, responses);
        }).ToList();
}
