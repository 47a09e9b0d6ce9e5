using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Infrastructure;

public static class Pipeline
{
    /// <summary>
    /// Applies pending schema scripts when Database:MigrateOnStart is on (Development), and seeds the
    /// demo data into an empty database when Database:SeedDemoData is on. Production runs the
    /// <c>migrate</c> verb instead, before the new version starts.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Configuration.GetSection("Database");
        if (settings.GetValue<bool>("MigrateOnStart"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            await new SchemaMigrator(db.Database.GetConnectionString()!, app.Logger).MigrateAsync();
        }
        if (settings.GetValue<bool>("SeedDemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync())
                app.Logger.LogInformation("Demo data written to the empty database.");
        }
    }

    public static WebApplication UseGroupCrm(this WebApplication app)
    {
        // Behind a TLS-terminating proxy, trust its X-Forwarded-* headers so that the request counts as HTTPS.
        if (app.Configuration.GetValue<bool>("Hosting:BehindProxy")) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseExceptionHandler("/Error");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
