using Microsoft.AspNetCore.Antiforgery;

namespace MentorEval.Web.Api;

/// <summary>
/// The pages' buttons that post a form without fields (cancel, apply, make, train). ASP.NET Core's antiforgery
/// middleware only records whether the token was good; the request is refused when a form field is bound, and these
/// endpoints bind none, so they check the token here.
/// </summary>
public static class FormTokens
{
    public static RouteHandlerBuilder RequireFormToken(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(context) ? await next(invocation) : Results.BadRequest();
        });
}
