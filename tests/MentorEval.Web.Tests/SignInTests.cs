using System.Net;
using MentorEval.Web.SignIn;
using MentorEval.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorEval.Web.Tests;

/// <summary>The first administrator signs in through a one-time link; nothing but /health and sign-in answers without it.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task The_printed_link_signs_in_once_with_a_cookie_scripts_cannot_read_and_a_second_use_is_refused()
    {
        using var app = new WebApp();
        var client = app.AnonymousClient();
        var link = app.Announcer.Link.ShouldNotBeNull();
        var first = await client.GetAsync(link);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldBe("/");
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mentoreval=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        (await client.GetAsync("/api/programs/default/cohorts")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await app.AnonymousClient().GetAsync(link);
        second.Headers.Location!.OriginalString.ShouldBe("/sign-in?link=refused");
        second.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task A_link_followed_after_it_expired_is_refused()
    {
        using var app = new WebApp();
        _ = app.Server;
        app.Time.Shift = SignInLinks.LinkLifetime + TimeSpan.FromMinutes(1);
        var late = await app.AnonymousClient().GetAsync(app.Announcer.Link);
        late.Headers.Location!.OriginalString.ShouldBe("/sign-in?link=refused");
        late.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Without_the_cookie_the_API_answers_401_pages_send_to_sign_in_and_health_answers()
    {
        using var app = new WebApp();
        var client = app.AnonymousClient();
        foreach (var path in new[] { "/api/programs/default/cohorts", "/api/programs/default/cohorts/2025-fall/risk", "/openapi/v1.json" })
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
        (await client.PostAsync("/api/programs/default/imports", ApiCalls.Form("x.csv", [1], ("instrument", "mca-26"), ("wave", "w")))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await client.GetAsync("/programs/default");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.ShouldBe("/sign-in");
        (await client.GetAsync("/sign-in")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Outside_development_the_cookie_is_sent_over_https_only()
    {
        using var app = new ProductionWebApp();
        var signIn = await app.AnonymousClient().GetAsync(app.Announcer.Link.ShouldNotBeNull());
        signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mentoreval=", StringComparison.Ordinal)).ToLowerInvariant().ShouldContain("secure");
    }

    [Fact]
    public void Only_the_hash_of_a_link_is_kept()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoreval-sign-in-" + Path.GetRandomFileName());
        try
        {
            var links = new SignInLinks(Path.Combine(folder, "sign-in.json"), TimeProvider.System);
            var token = links.IssueIfNoAdministrator().ShouldNotBeNull();
            File.ReadAllText(Path.Combine(folder, "sign-in.json")).ShouldNotContain(token);
            links.Redeem(token).ShouldBeTrue();
            links.IssueIfNoAdministrator().ShouldBeNull("an administrator has signed in: no new link unless asked");
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
