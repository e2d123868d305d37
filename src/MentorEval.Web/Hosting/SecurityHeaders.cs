namespace MentorEval.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>Pages run no script and load only our own stylesheet; nothing may frame them, and no address (a sign-in link) leaks as a referrer.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        await next();
    });
}
