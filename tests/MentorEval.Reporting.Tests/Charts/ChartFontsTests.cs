using MentorEval.Reporting.Charts;
using ScottPlot;

namespace MentorEval.Reporting.Tests.Charts;

public class ChartFontsTests
{
    [Fact]
    public void Embedded_typefaces_are_DejaVu_Sans_regular_and_bold()
    {
        var resolver = ChartFonts.EnsureRegistered();

        resolver.Regular.FamilyName.ShouldBe("DejaVu Sans");
        resolver.Regular.IsBold.ShouldBeFalse();
        resolver.Bold.FamilyName.ShouldBe("DejaVu Sans");
        resolver.Bold.IsBold.ShouldBeTrue();
    }

    [Fact]
    public void ScottPlot_is_served_the_embedded_typefaces_not_the_machines()
    {
        var resolver = ChartFonts.EnsureRegistered();

        // Same instances: DejaVu Sans is also installed on our machines, so a family-name check alone would not tell.
        Fonts.GetTypeface(ChartFonts.Family, bold: false, italic: false).ShouldBeSameAs(resolver.Regular);
        Fonts.GetTypeface(ChartFonts.Family, bold: true, italic: false).ShouldBeSameAs(resolver.Bold);
        Fonts.GetTypeface(ChartFonts.Family, FontWeight.SemiBold, FontSlant.Upright, FontSpacing.Normal).ShouldBeSameAs(resolver.Bold);
    }

    [Fact]
    public void Other_families_are_left_to_the_other_resolvers()
    {
        var resolver = ChartFonts.EnsureRegistered();

        resolver.CreateTypeface("Liberation Serif", bold: false, italic: false).ShouldBeNull();
    }

    [Fact]
    public void Registration_happens_once_even_when_charts_render_in_parallel()
    {
        var resolvers = Enumerable.Range(0, 8).AsParallel().Select(_ => ChartFonts.EnsureRegistered()).ToArray();

        resolvers.Distinct().Count().ShouldBe(1);
        lock (Fonts.FontResolvers)
        {
            Fonts.FontResolvers.Count(r => r is EmbeddedFontResolver).ShouldBe(1);
            Fonts.FontResolvers[0].ShouldBeSameAs(resolvers[0]);
        }
    }

    [Fact]
    public void Every_label_of_a_new_chart_is_set_in_the_embedded_face()
    {
        var resolver = ChartFonts.EnsureRegistered();
        using var plot = ChartCanvas.Create("Title", "X", "Y");

        plot.Axes.Title.Label.Font.ShouldBeSameAs(resolver.Bold);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.Font.ShouldBeSameAs(resolver.Regular);
            axis.TickLabelStyle.Font.ShouldBeSameAs(resolver.Regular);
        }

        plot.Legend.FontName.ShouldBe(ChartFonts.Family);
    }

    [Theory]
    [InlineData("Mean score (1–5)")]
    [InlineData("My mentor helped me think…")]
    [InlineData("Mentor's relationship quality")]
    [InlineData("Résumé, naïve, Ørsted")]
    public void The_embedded_face_has_glyphs_for_the_text_charts_show(string text)
    {
        var resolver = ChartFonts.EnsureRegistered();

        resolver.Regular.ContainsGlyphs(text).ShouldBeTrue();
        resolver.Bold.ContainsGlyphs(text).ShouldBeTrue();
    }
}
