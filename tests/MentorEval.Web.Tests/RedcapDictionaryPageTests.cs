using System.Net;
using System.Text.Encodings.Web;
using MentorEval.Application.Instruments;
using MentorEval.Application.Programs;
using MentorEval.Web.Tests.Support;

namespace MentorEval.Web.Tests;

/// <summary>A leader turns a REDCap data dictionary into an instrument definition through the pages (HTTP, as the form posts).</summary>
public sealed class RedcapDictionaryPageTests(InstrumentPagesTests.App app) : IClassFixture<InstrumentPagesTests.App>
{
    public static string Dictionary => Repository.Path("tests/MentorEval.Import.Tests/Redcap/Fixtures/mentoring_dictionary_export.csv");

    private async Task<(HttpClient Client, string Token)> SignedInWithTokenAsync()
    {
        var client = await app.SignedInOnceAsync();
        var page = await client.GetStringAsync("/programs/default/instruments/redcap");
        var token = RiskModelPageTests.Token().Match(page).Groups[1].Value;
        token.ShouldNotBeEmpty();
        return (client, token);
    }

    private static MultipartFormDataContent Upload(string token, string name, byte[] content, string form, string reverse) =>
        ApiCalls.Form(name, content, ("__RequestVerificationToken", token), ("form", form), ("reverse", reverse));

    [Fact]
    public async Task A_dictionary_shows_the_definition_it_makes_and_saving_adds_it_to_the_library_the_app_uses()
    {
        var (client, token) = await SignedInWithTokenAsync();
        var target = Path.Combine(app.Instruments, "mentee-checkin.json");
        File.Exists(target).ShouldBeFalse();

        var uploaded = await client.PostAsync("/programs/default/instruments/redcap/upload",
            Upload(token, "dictionary.csv", await File.ReadAllBytesAsync(Dictionary), "mentee_checkin", "rel_conflict"));

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var preview = uploaded.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(preview);
        html.ShouldContain("Nothing is saved yet.");
        html.ShouldContain("<tr data-item=\"rel_conflict\">");
        var conflict = html[html.IndexOf("<tr data-item=\"rel_conflict\">", StringComparison.Ordinal)..];
        conflict[..conflict.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("<td>reverse-scored</td>");
        html.ShouldContain("<td>My mentor and I trust each other.</td>");
        html.ShouldContain("<li>1 = Strongly disagree</li>");
        html.ShouldContain("Fields not converted");
        File.Exists(target).ShouldBeFalse("the preview saves nothing");

        var saved = await client.PostAsync(preview.Split('?')[0] + "/save", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("form", "mentee_checkin"), new("reverse", "rel_conflict")]));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.OriginalString.ShouldBe("/programs/default/instruments/mentee-checkin?saved=true");
        File.Exists(target).ShouldBeTrue();
        var workspace = new Workspace(AppContext.BaseDirectory, app.Database, null, app.Instruments);
        var instrument = ((InstrumentOutcome.Found)new InstrumentDefinitions(workspace).Find("mentee-checkin")).Instrument;
        instrument.FindItem("rel_conflict")!.Reverse.ShouldBeTrue();
        (await client.GetStringAsync("/programs/default/instruments")).ShouldContain(HtmlEncoder.Default.Encode(instrument.Title));
        (await client.GetAsync(preview)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the staged upload is gone once saved");
        File.Delete(target);
    }

    [Fact]
    public async Task A_form_the_dictionary_does_not_have_is_shown_as_a_problem_with_row_column_why_and_fix()
    {
        var (client, token) = await SignedInWithTokenAsync();

        var uploaded = await client.PostAsync("/programs/default/instruments/redcap/upload",
            Upload(token, "dictionary.csv", await File.ReadAllBytesAsync(Dictionary), "Mentee_Checkin", ""));
        var html = await client.GetStringAsync(uploaded.Headers.Location!.OriginalString);

        html.ShouldContain("The dictionary has 1 problem for this form");
        html.ShouldContain(HtmlEncoder.Default.Encode("No field is on form \"Mentee_Checkin\" (did you mean \"mentee_checkin\"?)."));
        html.ShouldContain("Forms in this dictionary: mentee_checkin");
        html.ShouldContain("id=\"retry\"");
    }

    [Fact]
    public async Task A_file_that_is_not_a_dictionary_is_refused_in_plain_words()
    {
        var (client, token) = await SignedInWithTokenAsync();

        var uploaded = await client.PostAsync("/programs/default/instruments/redcap/upload",
            Upload(token, "roster.csv", File.ReadAllBytes(Repository.Path("sample-data/roster.csv")), "mentee_checkin", ""));
        var html = await client.GetStringAsync(uploaded.Headers.Location!.OriginalString);

        html.ShouldContain("roster.csv is not a REDCap data dictionary, so no definition can be made from it.");
        html.ShouldNotContain("id=\"save\"");
        html.ShouldNotContain(app.Folder, customMessage: "messages name the file as it was sent, not where it is staged");
    }

    [Fact]
    public async Task The_upload_is_refused_without_the_page_s_antiforgery_token()
    {
        var client = await app.SignedInOnceAsync();

        var uploaded = await client.PostAsync("/programs/default/instruments/redcap/upload",
            ApiCalls.Form("dictionary.csv", await File.ReadAllBytesAsync(Dictionary), ("form", "mentee_checkin")));

        uploaded.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
