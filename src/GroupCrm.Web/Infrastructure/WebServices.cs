using GroupCrm.Core;
using GroupCrm.Web.Navigation;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace GroupCrm.Web.Infrastructure;

public static class WebServices
{
    public static WebApplicationBuilder AddGroupCrmWeb(this WebApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        // The zero-config run serves plain http on localhost; everywhere else cookies are HTTPS-only.
        var cookiePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddGroupCrmCore(connectionString)
            .AddSignInManager<CrmSignInManager>()
            .AddClaimsPrincipalFactory<CrmClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "GroupCrm.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookiePolicy;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            // A signed-in user without the role gets a real 403 (rendered by the error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
        });
        // Checked on every request, so a disabled user is signed out on their next click.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "GroupCrm.Antiforgery";
            o.Cookie.SecurePolicy = cookiePolicy;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator));

        // Chinese text goes out as characters, not as &#x…; entities (still HTML-encoded where it matters).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Default).AddSupportedCultures(Cultures.All).AddSupportedUICultures(Cultures.All);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)));

        // Several instances behind a load balancer must share the keys that protect cookies and tokens.
        var dataProtection = services.AddDataProtection().SetApplicationName("GroupCrm");
        if (builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } keys)
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });

        services.AddSignInRateLimit(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddScoped<NavigationMenu>();
        return builder;
    }
}
