using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Infrastructure;

/// <summary>
/// The real app (Program) on a fresh copy of the demo database, one per test class
/// (<c>IClassFixture&lt;CrmWebFactory&gt;</c>). Clients talk HTTPS so that the Secure cookies flow.
/// </summary>
public class CrmWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    /// <summary>Sign-in attempts per minute per client address; high by default so tests are not throttled.</summary>
    protected virtual int SignInAttemptsPerMinute => 10_000;

    public async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync(withDemoData: true);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Crm", ConnectionString);
        builder.UseSetting("SignIn:AttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public GroupCrm.Core.Data.CrmDbContext CreateDbContext() => new(
        new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<GroupCrm.Core.Data.CrmDbContext>().UseNpgsql(ConnectionString).Options);

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A client signed in as the given demo user.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password = GroupCrm.Core.DemoData.DemoLogins.Password)
    {
        var client = CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
