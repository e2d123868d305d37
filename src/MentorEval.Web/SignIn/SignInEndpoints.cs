using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using MentorEval.Web.Hosting;

namespace MentorEval.Web.SignIn;

/// <summary>The sign-in cookie, the rule that everything but /health and sign-in needs it, and the one-time link route.</summary>
public static class SignInEndpoints
{
    public const string LinkPath = "/sign-in/link/";

    public static IServiceCollection AddMentorEvalSignIn(this IServiceCollection services)
    {
        // Cookie keys kept with the sign-in state, so a restart does not sign everyone out.
        services.AddDataProtection().SetApplicationName("MentorEval");
        services.AddOptions<KeyManagementOptions>().Configure<WebSettings, ILoggerFactory>((options, settings, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys")), logs));
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme).Configure<IWebHostEnvironment>((options, environment) =>
            // Only a developer's machine may send it over plain http.
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "mentoreval";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            // A script gets 401, not a sign-in page.
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else
                    context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(options => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static void MapSignIn(this WebApplication app)
    {
        app.MapGet(LinkPath + "{token}", async (string token, HttpContext context, SignInLinks links) =>
        {
            if (!links.Redeem(token)) return Results.Redirect("/sign-in?link=refused");
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "administrator"), new Claim(ClaimTypes.Role, "administrator")],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return Results.Redirect("/");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
