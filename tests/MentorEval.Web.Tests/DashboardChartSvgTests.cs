using System.Xml.Linq;
using MentorEval.Core.Retention;
using MentorEval.Reporting.Charts;

namespace MentorEval.Web.Tests;

/// <summary>
/// The dashboard inserts the charts' SVG into the page as markup, and cohort, scale and item names reach their labels:
/// a name written as markup must stay text.
/// </summary>
public sealed class DashboardChartSvgTests
{
    private const string Hostile = "</text><script>alert(1)</script><text onload=\"alert(2)\">&amp;";

    [Fact]
    public void A_cohort_named_like_markup_is_drawn_as_escaped_text_in_the_retention_curve()
    {
        var spells = Enumerable.Range(0, 12).Select(i => new MatchSpell($"P{i}", Hostile, i + 1.0, i % 3 == 0)).ToList();

        var svg = KaplanMeierChart.RenderSvg("Share of pairs still running, by cohort", [RetentionGroup.Of(Hostile, spells)]);

        svg.ShouldNotContain("<script");
        var root = XElement.Parse(svg);
        root.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("script");
        root.DescendantsAndSelf().Attributes().Select(a => a.Name.LocalName).ShouldNotContain("onload");
        root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ShouldContain(t => t.Contains("<script>alert(1)</script>", StringComparison.Ordinal), "the name is shown as the text it is");
    }

    [Fact]
    public void A_scale_named_like_markup_is_drawn_as_escaped_text_in_the_means_chart_and_the_title_becomes_an_escaped_label()
    {
        var series = new[] { new MeanSeries("<b>x</b>&", false, [new MeanPoint(3, 2.5, 3.5), new MeanPoint(3.4, 3, 3.8)]) };

        var svg = ScaleMeansChart.RenderSvg(Hostile, "Mean", ["baseline", "<i>end</i>"], series);

        svg.ShouldNotContain("<b>");
        svg.ShouldNotContain("<i>");
        var root = XElement.Parse(svg);
        root.Attribute("aria-label")!.Value.ShouldBe(Hostile);
        root.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("script");
        root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ShouldContain("<i>end</i>");
    }

    [Fact]
    public void Anything_but_drawing_is_taken_out_of_a_chart_s_svg_and_its_ids_are_its_own()
    {
        const string document = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="700" onload="alert(1)">
              <script>alert(2)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
              <clipPath id="cl_1"><rect x="0" y="0" width="10" height="10"/></clipPath>
              <g clip-path="url(#cl_1)" style="fill:red"><a href="javascript:alert(3)"><text>label</text></a><use xlink:href="#cl_1"/></g>
            </svg>
            """;

        var root = XElement.Parse(ChartSvg.Inline(document, "A chart"));

        root.DescendantsAndSelf().Select(e => e.Name.LocalName).ShouldBe(["svg", "clipPath", "rect", "g", "use"]);
        root.DescendantsAndSelf().Attributes().Select(a => a.Name.LocalName).ShouldNotContain(n => n == "onload" || n == "style");
        var id = root.Descendants().Single(e => e.Name.LocalName == "clipPath").Attribute("id")!.Value;
        id.ShouldEndWith("-cl_1");
        root.Descendants().Single(e => e.Name.LocalName == "g").Attribute("clip-path")!.Value.ShouldBe($"url(#{id})");
        root.Descendants().Single(e => e.Name.LocalName == "use").Attributes().Single(a => a.Name.LocalName == "href").Value.ShouldBe("#" + id);
        root.Attribute("role")!.Value.ShouldBe("img");
        root.Attribute("aria-label")!.Value.ShouldBe("A chart");
        root.Attribute("width").ShouldBeNull();
    }
}
