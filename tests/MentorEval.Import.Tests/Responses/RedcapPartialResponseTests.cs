using System.Text;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;
using MentorEval.Import.Responses;

namespace MentorEval.Import.Tests.Responses;

/// <summary>
/// A REDCap export holds every form of the project, each followed by its status (<c>&lt;form&gt;_complete</c>). A row
/// is a partial response of the instrument imported only when a form holding that instrument's items is not complete:
/// how far the record got with its other forms says nothing about these answers.
/// </summary>
public sealed class RedcapPartialResponseTests
{
    private static readonly Instrument Mca = InstrumentDefinition.Parse("""
        { "id": "mca", "version": "1.0.0", "title": "Mentoring climate", "citation": "test", "roles": ["mentee"],
          "responseScales": [
            { "id": "agree5", "min": 1, "max": 5,
              "labels": [ { "value": 1, "label": "Strongly disagree" }, { "value": 2, "label": "Disagree" },
                          { "value": 3, "label": "Neither agree nor disagree" }, { "value": 4, "label": "Agree" },
                          { "value": 5, "label": "Strongly agree" } ] } ],
          "items": [
            { "id": "mca01", "text": "How clear were expectations?", "responseScale": "agree5" },
            { "id": "mca02", "text": "My mentor listens to me", "responseScale": "agree5" } ] }
        """, "mca.json").Instrument!;

    private const string Imported = "imported";
    private const string ImportedAsPartial = "imported as partial";
    private const string SkippedAsPartial = "skipped: partial response (--partial skip)";

    [Fact]
    public void A_record_that_completed_the_imported_form_is_complete_though_another_form_is_not()
    {
        var outcomes = Import("""
            record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,4,5,2,2024-04-02,Good,0
            2,3,4,2,,,1
            """);

        outcomes.ShouldBe([Imported, Imported]);
    }

    [Fact]
    public void A_record_that_left_the_imported_form_incomplete_is_partial_though_another_form_is_complete_and_an_unverified_one_is_complete()
    {
        const string export = """
            record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,4,,0,2024-04-02,Good,2
            2,3,4,1,2024-04-03,Fine,2
            """;

        Import(export).ShouldBe([ImportedAsPartial, Imported]);
        Import(export, PartialPolicy.Skip).ShouldBe([SkippedAsPartial, Imported]);
    }

    [Fact]
    public void Under_partial_skip_only_records_that_left_the_imported_form_incomplete_are_skipped()
    {
        var outcomes = Import("""
            record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,4,5,2,2024-04-02,Good,0
            2,3,,0,2024-04-03,Fine,2
            """, PartialPolicy.Skip);

        outcomes.ShouldBe([Imported, SkippedAsPartial]);
    }

    [Fact]
    public void In_a_label_export_each_Complete_column_is_the_status_of_the_answers_before_it()
    {
        var outcomes = Import("""
            Record ID,How clear were expectations?,My mentor listens to me,Complete?,Date of check-in,Mood,Complete?
            1,Agree,Strongly agree,Complete,2024-04-02,Good,Incomplete
            2,Agree,Agree,Incomplete,2024-04-03,Fine,Complete
            3,Disagree,Agree,Unverified,,,Complete
            """);

        // Unverified (REDCap's 1) is finished, not yet checked by staff: complete, as REDCap users mean it.
        outcomes.ShouldBe([Imported, ImportedAsPartial, Imported]);
    }

    [Fact]
    public void In_a_longitudinal_export_another_forms_status_blank_or_incomplete_at_an_event_does_not_make_the_row_partial()
    {
        var outcomes = Import("""
            record_id,redcap_event_name,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,baseline_arm_1,4,5,2,,,
            1,month_3_arm_1,,,,2024-06-02,Good,0
            1,month_6_arm_1,5,5,2,,,0
            2,baseline_arm_1,2,,0,,,
            """);

        outcomes.ShouldBe([Imported, "skipped: REDCap row of another event or form (no answer to mca)", Imported, ImportedAsPartial]);
    }

    [Fact]
    public void A_row_whose_imported_form_has_no_status_is_not_partial()
    {
        var outcomes = Import("""
            record_id,redcap_event_name,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,month_6_arm_1,4,5,,2024-09-02,Good,0
            """, PartialPolicy.Skip);

        outcomes.ShouldBe([Imported]);
    }

    [Fact]
    public void An_unreadable_status_of_another_form_leaves_the_imported_forms_rows_as_their_own_status_says()
    {
        var outcomes = Import("""
            record_id,mca01,mca02,mca_complete,checkin_date,checkin_mood,checkin_complete
            1,4,5,2,2024-04-02,Good,Done
            2,3,,0,2024-04-03,Fine,Done
            """);

        outcomes.ShouldBe([Imported, ImportedAsPartial]);
    }

    /// <summary>Reads an export for the mca instrument as an import does, and says what became of each row.</summary>
    private static List<string> Import(string export, PartialPolicy partial = PartialPolicy.Keep)
    {
        using var reader = ExportReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(export)), "redcap.csv");
        reader.Format.ShouldBe(ExportFormat.Redcap);
        var options = new ResponseImportOptions { Partial = partial };
        var mapping = ColumnMapper.Map(Mca, reader.AnswerColumns, options.Map);
        mapping.Mapped.Count.ShouldBe(Mca.Items.Count);
        var rows = ResponseReader.ForScoring("inline.csv", Mca, mapping, options, reader.Format, decimalComma: false);
        return reader.ReadRows(rows.AnswerColumns).Select(row => rows.Read(row) switch
        {
            RowOutcome.Accepted { Response.Partial: true } => ImportedAsPartial,
            RowOutcome.Accepted => Imported,
            RowOutcome.Skipped skipped => $"skipped: {skipped.Reason}",
            RowOutcome.Rejected rejected => $"rejected: {string.Join("; ", rejected.Cells.Select(c => c.Message))}",
            _ => throw new InvalidOperationException(),
        }).ToList();
    }
}
