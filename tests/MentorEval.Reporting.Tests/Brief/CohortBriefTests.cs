using System.Text;
using System.Text.RegularExpressions;
using MentorEval.Reporting.Brief;
using MentorEval.Reporting.Content;
using MentorEval.Reporting.Report;
using MentorEval.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace MentorEval.Reporting.Tests.Brief;

/// <summary>
/// Issue #15, "a PDF brief for the committee": a few A4 pages of real text with the workbook's findings, its key charts,
/// alpha per scale and the method, naming no pair and no respondent, with small groups withheld as in the workbook.
/// </summary>
public sealed class CohortBriefTests
{
    private static readonly Lazy<(CohortReportContent Content, byte[] Pdf)> Written = new(() => Write(minimumCell: 5));

    private static (CohortReportContent Content, byte[] Pdf) Write(int minimumCell)
    {
        var content = CohortReportBuilder.Build(SampleCohort.Request(minimumCell: minimumCell, risk: SampleCohort.Risk(SampleCohort.Latest)));
        using var output = new MemoryStream();
        CohortBrief.Write(content, ReportCharts.For(content), output);
        return (content, output.ToArray());
    }

    /// <summary>The words of every page as a reader's viewer extracts them, one space between words.</summary>
    private static (int Pages, string Text, int Images) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return (pages.Count, string.Join(" ", pages.SelectMany(p => p.GetWords()).Select(w => w.Text)), pages.Sum(p => p.GetImages().Count()));
    }

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public void The_brief_is_two_to_four_a4_pages_with_the_findings_of_the_workbook_as_selectable_text()
    {
        var (content, pdf) = Written.Value;
        var (pages, text, _) = Read(pdf);

        pages.ShouldBeInRange(2, 4);
        content.Headlines.ShouldNotBeEmpty();
        foreach (var finding in content.Headlines) text.ShouldContain(Words(finding));

        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            page.Width.ShouldBe(595, 1);
            page.Height.ShouldBe(842, 1);
        }
    }

    [Fact]
    public void The_brief_shows_the_key_charts_the_reliability_of_each_scale_and_the_method()
    {
        var (content, pdf) = Written.Value;
        var (_, text, images) = Read(pdf);

        // Response rates, the headline scale trend, the risk distribution, the retention curve.
        images.ShouldBe(4);
        text.ShouldContain("Figure 4.");
        text.ShouldContain("Reliability of the scales (Cronbach's alpha)");
        var alpha = content.Reliability.First(r => !r.Suppressed && r.Reliability!.RawAlpha is not null && r.Wave == content.Analysis.Waves[^1]);
        text.ShouldContain(alpha.ScaleTitle);
        text.ShouldContain($"{alpha.Reliability!.RawAlpha!.Value:0.00}");
        text.ShouldContain("How these figures were made");
        text.ShouldContain(Words(MethodNotes.SmallGroups(5)));
    }

    [Fact]
    public void Every_font_of_the_brief_is_dejavu_sans_embedded_in_the_file()
    {
        var pdf = Written.Value.Pdf;
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();

        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f != null && f.Contains("DejaVu", StringComparison.Ordinal));
        // One embedded TrueType font program per font used (regular and bold, subset).
        Regex.Matches(Encoding.Latin1.GetString(pdf), "/FontFile2").Count.ShouldBe(fonts.Count);
    }

    [Fact]
    public void No_pair_or_respondent_of_the_program_is_named_in_the_brief()
    {
        var (_, text, _) = Read(Written.Value.Pdf);
        var words = text.Split(' ').Select(w => w.Trim('.', ',', ';', ':', '(', ')', '"')).ToHashSet(StringComparer.Ordinal);

        var pairs = SampleCohort.Roster.Select(p => p.PairId).ToList();
        var respondents = SampleCohort.Responses.SelectMany(i => i.Responses).Select(r => r.RespondentId).Distinct().ToList();
        pairs.ShouldNotBeEmpty();
        pairs.Where(words.Contains).ShouldBeEmpty();
        respondents.Where(words.Contains).ShouldBeEmpty();
        pairs.Concat(respondents).Where(id => text.Contains(id, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Reliability_of_groups_under_the_minimum_cell_is_withheld_in_the_brief_as_in_the_workbook()
    {
        var (content, pdf) = Write(minimumCell: 1000);
        var (pages, text, _) = Read(pdf);

        content.Reliability.ShouldAllBe(r => r.Suppressed);
        pages.ShouldBeInRange(2, 4);
        text.ShouldContain("withheld (under 1000)");
        text.ShouldNotContain("(n =");
    }
}
