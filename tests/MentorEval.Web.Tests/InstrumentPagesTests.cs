using System.Net;
using System.Text.Encodings.Web;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Web.Components.Pages;
using MentorEval.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace MentorEval.Web.Tests;

/// <summary>The instruments pages on the sample program, with one hostile definition added to a copy of the shipped library.</summary>
public sealed class InstrumentPagesTests(InstrumentPagesTests.App app) : IClassFixture<InstrumentPagesTests.App>
{
    /// <summary>The app on a copy of the shipped library plus a definition whose texts are markup.</summary>
    public sealed class App : WebApp
    {
        public string Instruments => Path.Combine(Folder, "instruments");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Directory.CreateDirectory(Instruments);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "instruments"), "*.json"))
                File.Copy(file, Path.Combine(Instruments, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(Instruments, "hostile.json"), HostileDefinition);
            builder.UseSetting("instruments", Instruments);
        }
    }

    private const string HostileText = "<script>alert('item')</script>Do we meet?";
    private const string HostileLabel = "<img src=x onerror=alert('label')>Never";

    private static readonly string HostileDefinition = $$"""
        {
          "id": "hostile",
          "version": "1.0.0",
          "title": "Hostile <b>check-in</b>",
          "citation": "<a href='javascript:alert(1)'>cite</a>",
          "roles": ["mentee"],
          "responseScales": [
            {"id": "often4", "kind": "numeric", "min": 1, "max": 4,
             "labels": [{"value": 1, "label": {{System.Text.Json.JsonSerializer.Serialize(HostileLabel)}}}, {"value": 2, "label": "Rarely"}, {"value": 3, "label": "Often"}, {"value": 4, "label": "Always"}]}
          ],
          "items": [
            {"id": "meet", "text": {{System.Text.Json.JsonSerializer.Serialize(HostileText)}}, "responseScale": "often4"},
            {"id": "talk", "text": "We talk openly.", "responseScale": "often4"},
            {"id": "skip", "text": "We skip meetings.", "responseScale": "often4", "reverse": true}
          ],
          "scales": [
            {"id": "contact", "title": "Contact", "items": ["meet", "talk", "skip"], "method": "mean", "minAnswered": 2}
          ]
        }
        """;

    private Workspace SameDatabase() => new(AppContext.BaseDirectory, app.Database, null, app.Instruments);

    [Fact]
    public async Task The_instruments_page_lists_every_usable_definition_of_the_library_with_a_link_to_its_page()
    {
        var client = await app.SignedInOnceAsync();
        var library = ((LibraryOutcome.Loaded)new InstrumentDefinitions(SameDatabase()).Load()).Library;

        var page = await client.GetAsync("/programs/default/instruments");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        library.Instruments.Count().ShouldBeGreaterThan(1);
        foreach (var instrument in library.Instruments)
            html.ShouldContain($"<a href=\"{HtmlEncoder.Default.Encode($"/programs/default/instruments/{instrument.Id}")}\">{HtmlEncoder.Default.Encode(instrument.Title)}</a>");
    }

    [Fact]
    public async Task An_instrument_page_shows_its_questions_answer_labels_with_values_reverse_scored_questions_scales_and_citation()
    {
        var client = await app.SignedInOnceAsync();
        var instrument = ((InstrumentOutcome.Found)new InstrumentDefinitions(SameDatabase()).Find("relationship-checkin")).Instrument;

        var html = await client.GetStringAsync("/programs/default/instruments/relationship-checkin");

        foreach (var item in instrument.Items)
        {
            html.ShouldContain($"<td>{HtmlEncoder.Default.Encode(item.Text)}</td>");
            html.ShouldContain($"<td>{(item.Reverse ? "reverse-scored" : "as answered")}</td>", customMessage: item.Id);
        }

        instrument.Items.Count(i => i.Reverse).ShouldBe(5);
        html.ShouldContain("<li>1 = Strongly disagree</li>");
        html.ShouldContain("<li>5 = Strongly agree</li>");
        foreach (var scale in instrument.Scales) html.ShouldContain($"<th scope=\"row\">{HtmlEncoder.Default.Encode(scale.Title)}</th>");
        html.ShouldContain("replies_slow (reverse-scored)");
        html.ShouldContain(HtmlEncoder.Default.Encode(instrument.Citation!));
        html.ShouldContain(HtmlEncoder.Default.Encode(instrument.License!));
    }

    [Fact]
    public async Task An_instrument_page_shows_each_scale_s_reliability_as_the_use_case_measures_it_with_small_groups_withheld()
    {
        var client = await app.SignedInOnceAsync();
        var measured = (ReliabilityOutcome.Measured)await new MeasureReliability(SameDatabase()).RunAsync(new ReliabilityRequest("relationship-checkin"), CancellationToken.None);

        var html = await client.GetStringAsync("/programs/default/instruments/relationship-checkin");

        measured.Rows.Count(r => r.Reliability is not null).ShouldBeGreaterThan(0);
        foreach (var row in measured.Rows)
        {
            var key = $"data-key=\"{HtmlEncoder.Default.Encode(InstrumentPage.Key(row))}\"";
            html.ShouldContain(key);
            var cells = html[html.IndexOf(key, StringComparison.Ordinal)..];
            cells = cells[..cells.IndexOf("</tr>", StringComparison.Ordinal)];
            if (row.Reliability is { } r)
            {
                cells.ShouldContain($"<td class=\"num\">{row.Respondents}</td>");
                cells.ShouldContain($"<td class=\"num\">{HtmlEncoder.Default.Encode(InstrumentPage.Alpha(r))}</td>");
                cells.ShouldContain($"<td class=\"num\">{InstrumentPage.Number(r.OmegaTotal)}</td>");
                r.AlphaInterval.ShouldNotBeNull();
            }
            else
            {
                cells.ShouldContain($"not shown: fewer than {measured.MinimumCell} people answered");
            }
        }
    }

    [Fact]
    public async Task An_instrument_nobody_has_answered_says_there_are_no_responses_yet()
    {
        var client = await app.SignedInOnceAsync();

        var html = await client.GetStringAsync("/programs/default/instruments/hostile");

        html.ShouldContain("No responses yet");
        (await new MeasureReliability(SameDatabase()).RunAsync(new ReliabilityRequest("hostile"), CancellationToken.None)).ShouldBeOfType<ReliabilityOutcome.NoResponses>();
    }

    [Fact]
    public async Task Markup_in_a_definition_s_texts_shows_as_text()
    {
        var client = await app.SignedInOnceAsync();

        var html = await client.GetStringAsync("/programs/default/instruments/hostile");
        var list = await client.GetStringAsync("/programs/default/instruments");

        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>check-in</b>");
        html.ShouldNotContain("href='javascript");
        html.ShouldContain(HtmlEncoder.Default.Encode(HostileText));
        html.ShouldContain(HtmlEncoder.Default.Encode(HostileLabel));
        list.ShouldContain(HtmlEncoder.Default.Encode("Hostile <b>check-in</b>"));
        list.ShouldNotContain("<b>check-in</b>");
    }

    [Fact]
    public async Task An_instrument_the_library_does_not_have_is_not_found()
    {
        var client = await app.SignedInOnceAsync();

        var page = await client.GetAsync("/programs/default/instruments/no-such-instrument");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
