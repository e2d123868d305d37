namespace MentorEval.Web.Hosting;

public static class SecurityHeaders
{
    /// <summary>Pages load only our own stylesheet and scripts (the import wizard's upload progress); nothing may frame them, and no address (a sign-in link) leaks as a referrer.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        await next();
    });
}
