using System.Text;
using MentorEval.Core.Diagnostics;
using MentorEval.Core.Instruments;
using MentorEval.Import.Exports;

namespace MentorEval.Import.Tests.Exports;

/// <summary>What real files do to CSV: encodings, separators, line breaks, odd rows (the "real file" fixtures).</summary>
public sealed class RealFileTests
{
    [Fact]
    public void UTF8_with_BOM_is_detected_and_the_BOM_is_not_part_of_the_first_header()
    {
        var (export, rows) = Fixture.Read("utf8-bom.csv");

        export.Dialect!.Encoding.ShouldBe(TextEncoding.Utf8WithBom);
        export.Columns[0].Name.ShouldBe("respondent_id");
        export.Answer(rows[0], "comment").ShouldBe("Zoë was great");
    }

    [Fact]
    public void Excel_unicode_text_is_read_as_UTF16_little_endian_and_tab_separated()
    {
        var (export, rows) = Fixture.Read("excel-unicode-text.txt");

        export.Dialect.ShouldBe(new CsvDialect(TextEncoding.Utf16LittleEndian, '\t', LineEnding.CrLf));
        export.Format.ShouldBe(ExportFormat.Generic);
        export.Answer(rows[0], "comment").ShouldBe("Aroha Ngāta, ka pai");
        rows.Select(r => r.RespondentId).ShouldBe(["MT-0001", "ME-0001"]);
    }

    [Fact]
    public void Windows_1252_is_detected_when_the_bytes_are_not_UTF8_and_accented_names_survive()
    {
        var (export, rows) = Fixture.Read("windows-1252.csv");

        export.Dialect!.Encoding.ShouldBe(TextEncoding.Windows1252);
        rows.Select(r => export.Answer(r, "mentor_name")).ShouldBe(["José Müller", "Zoë Ångström"]);
        export.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Semicolon_separated_file_is_detected_and_hints_at_decimal_commas()
    {
        var (export, rows) = Fixture.Read("european-semicolon.csv");

        export.Dialect!.Separator.ShouldBe(';');
        export.Dialect.DecimalComma.ShouldBeTrue();
        export.Answer(rows[0], "hours_met").ShouldBe("4,0");
        Fixture.Read("generic.csv").Export.Dialect!.DecimalComma.ShouldBeFalse();
    }

    [Theory]
    [InlineData("qualtrics-choice-text.csv", LineEnding.CrLf)]
    [InlineData("generic.csv", LineEnding.Lf)]
    public void The_line_ending_is_reported(string fixture, LineEnding lineEnding)
    {
        Fixture.Read(fixture).Export.Dialect!.LineEnding.ShouldBe(lineEnding);
    }

    [Fact]
    public void A_file_with_bare_CR_line_breaks_is_read_line_by_line()
    {
        var (export, rows) = Fixture.ReadText("respondent_id,mca01\rMT-0001,4\rMT-0002,5\r");

        export.Dialect!.LineEnding.ShouldBe(LineEnding.Cr);
        rows.Select(r => (r.Row, r.RespondentId)).ShouldBe([(2, "MT-0001"), (3, "MT-0002")]);
    }

    [Fact]
    public void A_quoted_comment_with_line_breaks_is_one_cell_and_later_rows_keep_their_line_numbers()
    {
        var (export, rows) = Fixture.Read("embedded-newline.csv");

        export.Answer(rows[0], "comment").ReplaceLineEndings("\n").ShouldBe("We met at the library.\nThen we went to the park.\n\nIt was fun.");
        rows.Select(r => r.Row).ShouldBe([2, 6]);
    }

    [Fact]
    public void Trailing_empty_columns_are_ignored()
    {
        var (export, rows) = Fixture.Read("trailing-empty-columns.csv");

        export.Columns.Select(c => c.Name).ShouldBe(["respondent_id", "mca01", "mca02"]);
        export.Problems.ShouldBeEmpty();
        rows.Select(r => r.Answers).ShouldBe([["4", "5"], ["3", ""]]);
        rows.ShouldAllBe(r => r.Problems.Count == 0);
    }

    [Fact]
    public void Blank_lines_at_the_end_are_skipped()
    {
        var (export, rows) = Fixture.Read("blank-lines-at-end.csv");

        rows.Select(r => r.RespondentId).ShouldBe(["MT-0001", "MT-0002"]);
        export.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Blank_lines_between_rows_are_skipped_but_counted_in_row_numbers()
    {
        var (_, rows) = Fixture.ReadText("respondent_id,mca01\n\nMT-0001,4\n\n\nMT-0002,5\n");

        rows.Select(r => r.Row).ShouldBe([3, 6]);
    }

    [Fact]
    public void Duplicate_headers_are_both_kept_the_second_renamed_with_a_warning()
    {
        var (export, rows) = Fixture.Read("duplicate-headers.csv");

        export.AnswerColumns.Select(c => c.Name).ShouldBe(["mca01", "mca02", "mca01 (2)"]);
        export.Column("mca01 (2)").Header.ShouldBe("mca01");
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row, problem.Column).ShouldBe((DiagnosticCodes.Export.DuplicateHeader, DiagnosticSeverity.Warning, 1, "D"));
        problem.Message.ShouldContain("Columns B and D are both named \"mca01\"");
        rows[0].Answers.ShouldBe(["4", "5", "2"]);
    }

    [Fact]
    public void A_ragged_row_is_an_error_on_its_row_and_so_is_a_short_row_whose_missing_cells_read_as_empty()
    {
        var (_, rows) = Fixture.Read("ragged-row.csv");

        rows[0].Problems.ShouldBeEmpty();
        var ragged = rows[1].Problems.ShouldHaveSingleItem();
        (ragged.Code, ragged.Severity, ragged.Row, ragged.Column).ShouldBe((DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error, 3, "D"));
        ragged.Message.ShouldContain("4 cells but the header has 3 columns");
        rows[1].Answers.ShouldBe(["5", "good"]);
        rows[2].Answers.ShouldBe(["3", ""]);
        // Issue #11: a short row is no longer taken silently; its cells may have shifted into the wrong columns.
        var shorter = rows[2].Problems.ShouldHaveSingleItem();
        (shorter.Code, shorter.Severity, shorter.Column).ShouldBe((DiagnosticCodes.Export.RaggedRow, DiagnosticSeverity.Error, "C"));
    }

    [Fact]
    public void A_header_only_file_is_an_error_with_its_columns_described()
    {
        var (export, rows) = Fixture.Read("header-only.csv");

        rows.ShouldBeEmpty();
        export.Columns.Count.ShouldBe(6);
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity).ShouldBe((DiagnosticCodes.Export.HeaderOnly, DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_empty_file_is_an_error_not_an_exception()
    {
        var (export, rows) = Fixture.Read("empty.csv");

        rows.ShouldBeEmpty();
        export.Dialect.ShouldBeNull();
        export.Detection.ShouldBeNull();
        export.Columns.ShouldBeEmpty();
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.EmptyFile);
        export.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        Fixture.ReadText("\r\n\r\n  \r\n").Export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.EmptyFile);
    }

    [Fact]
    public void A_binary_file_is_an_error_not_an_exception()
    {
        var (export, rows) = Fixture.Read("garbage.bin");

        rows.ShouldBeEmpty();
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity).ShouldBe((DiagnosticCodes.Export.NotText, DiagnosticSeverity.Error));
        problem.Message.ShouldContain("binary data");
    }

    [Fact]
    public void An_Excel_workbook_is_recognized_and_the_user_told_to_save_it_as_CSV()
    {
        var (export, _) = Fixture.Read("responses.xlsx");

        var problem = export.Problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.Export.NotText);
        problem.Message.ShouldContain("is an Excel workbook (.xlsx)");
        problem.ToString().ShouldStartWith("responses.xlsx: The file ");
    }

    [Theory]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    public void A_UTF32_file_is_an_error_that_names_the_encoding(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble()
            .Concat(Encoding.GetEncoding(encoding).GetBytes("respondent_id,mca01\nMT-0001,4\n")).ToArray();

        var withBom = Fixture.ReadBytes(bytes).Export.Problems.ShouldHaveSingleItem();
        var withoutBom = Fixture.ReadBytes(bytes[4..]).Export.Problems.ShouldHaveSingleItem();

        foreach (var problem in new[] { withBom, withoutBom })
        {
            (problem.Code, problem.Severity).ShouldBe((DiagnosticCodes.Export.NotText, DiagnosticSeverity.Error));
            problem.Message.ShouldContain("is UTF-32 text");
            problem.Message.ShouldContain("save it as \"CSV UTF-8\"");
        }
    }

    [Fact]
    public void A_header_of_one_column_is_an_error_that_names_the_separator_it_seems_to_use()
    {
        var (export, rows) = Fixture.ReadText("respondent_id|pair_id|mca01\nMT-0001|PAIR-01|4\n");

        rows.ShouldBeEmpty();
        var problem = export.Problems.ShouldHaveSingleItem();
        (problem.Code, problem.Severity, problem.Row).ShouldBe((DiagnosticCodes.Export.UnknownSeparator, DiagnosticSeverity.Error, 1));
        problem.Message.ShouldContain("(\"respondent_id|pair_id|mca01\") has no comma, semicolon or tab");
        problem.Message.ShouldContain("seems to be separated by '|'");
    }

    [Fact]
    public void The_separator_is_counted_outside_quotes_in_the_header_line()
    {
        var (export, rows) = Fixture.ReadText("respondent_id;\"q1, first part\";\"q2, second, part\"\nMT-0001;4;5\n");

        export.Dialect!.Separator.ShouldBe(';');
        export.AnswerColumns.Select(c => c.Name).ShouldBe(["q1, first part", "q2, second, part"]);
        rows[0].Answers.ShouldBe(["4", "5"]);
    }

    [Fact]
    public void Excels_sep_line_sets_the_separator_and_still_counts_as_a_line()
    {
        var (export, rows) = Fixture.ReadText("sep=;\r\nrespondent_id;mca01\r\nMT-0001;4,5\r\n");

        export.Dialect!.Separator.ShouldBe(';');
        export.Columns.Select(c => c.Name).ShouldBe(["respondent_id", "mca01"]);
        rows.ShouldHaveSingleItem().Row.ShouldBe(3);
    }

    [Fact]
    public void The_caller_can_force_the_separator()
    {
        var (export, rows) = Fixture.ReadText("respondent_id|mca01\nMT-0001|4\n", new ExportReadOptions { Separator = '|' });

        export.Dialect!.Separator.ShouldBe('|');
        rows[0].Answers.ShouldBe(["4"]);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_far_into_a_UTF8_file_are_read_as_Windows_1252_with_a_warning()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("respondent_id,mentor_name\n"));
        for (var i = 0; i < 5000; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes($"MT-{i:D4},Aroha\n"));
        }

        bytes.AddRange(Encoding.Latin1.GetBytes("MT-9999,José\n"));

        var (export, rows) = Fixture.ReadBytes([.. bytes]);

        export.Dialect!.Encoding.ShouldBe(TextEncoding.Utf8);
        export.Answer(rows[^1], "mentor_name").ShouldBe("José");
        export.Problems.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.Export.EncodingFallback);
    }

    [Fact]
    public void A_stray_quote_is_kept_with_a_warning_and_an_unclosed_quote_is_an_error()
    {
        var (_, rows) = Fixture.ReadText("respondent_id,comment\nMT-0001,She said \"hi\"\nMT-0002,\"never closed\nMT-0003,ok\n");

        rows[0].Answers.ShouldBe(["She said \"hi\""]);
        rows[0].Problems.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
        var unclosed = rows[1].Problems.ShouldHaveSingleItem();
        (unclosed.Code, unclosed.Severity, unclosed.Row).ShouldBe((DiagnosticCodes.Export.MalformedQuotes, DiagnosticSeverity.Error, 3));
        rows.Count.ShouldBe(2);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_from_where_it_stands()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("generic.csv"));
        using var export = ExportReader.Open(new ForwardOnlyStream(bytes), "upload.csv");

        export.ReadRows().Select(r => r.RespondentId).ShouldBe(["MT-0001", "ME-0001", "MT-0002"]);
    }

    [Fact]
    public void CsvSource_reads_plain_records_with_their_row_numbers()
    {
        using var source = CsvSource.Open(Fixture.PathOf("embedded-newline.csv"));

        source.ReadRecords().Select(r => (r.Row, r[0])).ShouldBe([(1, "respondent_id"), (2, "MT-0001"), (6, "MT-0002")]);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
