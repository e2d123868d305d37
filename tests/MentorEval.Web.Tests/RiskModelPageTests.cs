using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using MentorEval.Application.Programs;
using MentorEval.Application.Risk;
using MentorEval.Web.Components.Pages;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>The risk-model page on the sample program (whose finished cohorts the app trains a model on when it loads them).</summary>
public sealed partial class RiskModelPageTests(RiskModelPageTests.App app) : IClassFixture<RiskModelPageTests.App>
{
    public sealed class App : WebApp;

    private Workspace SameDatabase() =>
        new(AppContext.BaseDirectory, app.Database, null, Workspace.InstrumentFolderOf(null, null, AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "instruments")));

    private static string Encoded(string text) => HtmlEncoder.Default.Encode(text);

    [Fact]
    public async Task The_page_shows_the_card_of_the_model_in_use_in_words_with_the_use_case_s_figures()
    {
        var client = await app.SignedInOnceAsync();
        var card = (await new DescribeRiskModel(SameDatabase()).RunAsync(CancellationToken.None)).ShouldBeOfType<ModelCardOutcome.InUse>().Card;

        var html = await client.GetStringAsync("/programs/default/risk-model");

        html.ShouldContain("Predictions use a model learned from this program's past cohorts");
        html.ShouldContain($"trained {card.CreatedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        foreach (var cohort in card.Cohorts) html.ShouldContain($"<li>Cohort {Encoded(cohort.Cohort)}: {cohort.Pairs} pairs, {cohort.EarlyClosures} of which ended early</li>");
        html.ShouldContain($"its ROC AUC is <strong>{RiskModelPage.Number(card.RocAuc.Auc)}</strong>, with a 95% confidence interval from {RiskModelPage.Number(card.RocAuc.Lower)} to {RiskModelPage.Number(card.RocAuc.Upper)}");
        html.ShouldContain($"the one that ended early {RiskModelPage.Percent(card.RocAuc.Auc)} of the time");
        html.ShouldContain($"score {RiskModelPage.Number(card.RulesRocAuc)}");
        card.Calibration.ShouldNotBeEmpty();
        foreach (var bin in card.Calibration)
            Regex.IsMatch(html, $"<th scope=\"row\">{Regex.Escape(RiskModelPage.Percent(bin.From))} to {Regex.Escape(RiskModelPage.Percent(bin.To))}</th>\\s*<td class=\"num\">{bin.Pairs}</td>\\s*" +
                $"<td class=\"num\">{Regex.Escape(RiskModelPage.Percent(bin.MeanPredicted))}</td>\\s*<td class=\"num\">{Regex.Escape(RiskModelPage.Percent(bin.ObservedRate))}</td>").ShouldBeTrue($"calibration from {bin.From}");
        foreach (var feature in card.Importance.Take(5)) html.ShouldContain($"<li>{Encoded(feature.Name)}</li>");
    }

    [Fact]
    public async Task Train_is_refused_without_the_page_s_antiforgery_token()
    {
        var client = await app.SignedInOnceAsync();

        var response = await client.PostAsync("/programs/default/risk-model/train", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    internal static partial Regex Token();
}

/// <summary>The risk-model page of a program whose model file was taken away: the rules judge, until Train keeps a model again.</summary>
public sealed class RiskModelTrainingTests : IDisposable
{
    private readonly WebApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Without_a_model_the_page_says_the_rules_judge_and_why_and_Train_keeps_one_and_shows_its_card()
    {
        var client = await app.SignedInOnceAsync();
        var model = app.Database + ".risk-model.zip";
        File.Exists(model).ShouldBeTrue("the sample program's finished cohorts give a model when the app loads them");
        File.Delete(model);
        File.Delete(Path.ChangeExtension(model, ".json"));

        var before = await client.GetStringAsync("/programs/default/risk-model");

        before.ShouldContain("<strong>No model: predictions use the transparent rules</strong>, because no model has been kept yet.");
        var token = RiskModelPageTests.Token().Match(before).Groups[1].Value;
        token.ShouldNotBeEmpty();

        var started = DateTimeOffset.UtcNow;
        var trained = await client.PostAsync("/programs/default/risk-model/train", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        trained.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = trained.Headers.Location!.OriginalString;
        location.ShouldStartWith("/programs/default/risk-model?training=");
        var after = await client.GetStringAsync(location);
        after.ShouldContain("<strong>A new model was trained and kept.</strong>");
        after.ShouldContain("Predictions use a model learned from this program's past cohorts");
        File.Exists(model).ShouldBeTrue();
        var card = ((ModelCardOutcome.InUse)await new DescribeRiskModel(new Workspace(AppContext.BaseDirectory, app.Database, null,
            Path.Combine(AppContext.BaseDirectory, "instruments"))).RunAsync(CancellationToken.None)).Card;
        card.CreatedAt.ShouldBeGreaterThanOrEqualTo(started.AddSeconds(-1));
        (await client.GetStringAsync("/programs/default/risk-model")).ShouldNotContain("id=\"training\"", customMessage: "the outcome shows only on the page the run sent the browser to");
    }
}
