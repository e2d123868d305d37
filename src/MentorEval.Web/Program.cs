using MentorEval.Web.Api;
using MentorEval.Web.Components;
using MentorEval.Web.Hosting;
using MentorEval.Web.SignIn;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
// The stylesheet is served from the project's wwwroot however the app is started (dotnet run from any folder, or the test host).
builder.WebHost.UseStaticWebAssets();
// Settings are read from the built configuration (the test host adds its own late), so everything below takes them from services.
builder.Services.AddSingleton(services => WebSettings.From(services.GetRequiredService<IConfiguration>(), Directory.GetCurrentDirectory()));
builder.Services.AddSingleton(services => services.GetRequiredService<WebSettings>().Workspace());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SignInAnnouncer>();
builder.Services.AddSingleton(services =>
    new SignInLinks(Path.Combine(services.GetRequiredService<WebSettings>().DataFolder, "sign-in.json"), services.GetRequiredService<TimeProvider>()));
builder.Services.AddMentorEvalSignIn();
builder.Services.AddSingleton(services => new StagedUploads(Path.Combine(services.GetRequiredService<WebSettings>().DataFolder, "uploads"), services.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton(services => new ReportShelf(Path.Combine(services.GetRequiredService<WebSettings>().DataFolder, "reports"),
    services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ReportShelf>>()));
builder.Services.AddSingleton<TrainingOutcomes>();
builder.Services.AddRazorComponents();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));

var app = builder.Build();
if (!await StartUp.PrepareAsync(app)) return 1;

app.UseStatusCodePages();
// A page's 404 is a page in the layout saying what was not found (NotFoundPage.razor); the API's stay problem details (above).
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.Use(async (context, next) =>
{
    await next(context);
    if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Request.Path.StartsWithSegments("/api"))
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()!.Enabled = false;
});
app.UseStaticFiles();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi();
app.MapHealth();
app.MapSignIn();
app.MapProgramApi();
app.MapImportWizard();
app.MapRosterWizard();
app.MapReports();
app.MapRiskModelTraining();
app.MapRedcapDictionaries();
app.MapGet("/", () => Results.Redirect($"/programs/{ProgramName.Default}")).ExcludeFromDescription();
app.MapRazorComponents<App>();

app.Run();
return 0;

/// <summary>The entry point, visible to the tests' host factory.</summary>
public partial class Program;
