using MentorEval.Reporting.Charts;

namespace MentorEval.Reporting.Tests.Charts;

public class ChartColorsTests
{
    [Fact]
    public void Roles_keep_their_colours_whatever_the_order()
    {
        var colors = ChartColors.ForSeries(["Mentees", "Mentors", "Mentees – 2024", "Mentors – 2024"], [false, false, true, true]);

        colors.ShouldBe([ChartColors.Mentee, ChartColors.Mentor, ChartColors.Mentee, ChartColors.Mentor]);
    }

    [Fact]
    public void A_comparison_series_takes_the_colour_of_the_cohort_series_in_its_place()
    {
        var colors = ChartColors.ForSeries(["Goal clarity", "Trust", "Goal clarity (2024)", "Trust (2024)"], [false, false, true, true]);

        colors[2].ShouldBe(colors[0]);
        colors[3].ShouldBe(colors[1]);
        colors[0].ShouldNotBe(colors[1]);
    }

    [Fact]
    public void Role_colours_are_not_used_when_roles_do_not_tell_series_apart()
    {
        var colors = ChartColors.ForSeries(["Mentor: trust", "Mentor: goals"], [false, false]);

        colors[0].ShouldNotBe(colors[1]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    public void Likert_scheme_runs_warm_to_cool_with_a_grey_middle(int count)
    {
        var colors = ChartColors.Diverging(count);

        colors.Length.ShouldBe(count);
        colors[0].R.ShouldBeGreaterThan(colors[0].B);
        colors[^1].B.ShouldBeGreaterThan(colors[^1].R);
        if (count % 2 == 1)
        {
            var middle = colors[count / 2];
            middle.R.ShouldBe(middle.G);
            middle.G.ShouldBe(middle.B);
        }
    }
}
