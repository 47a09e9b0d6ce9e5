using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;

namespace GroupCrm.Web.Infrastructure;

/// <summary>
/// Verbs for operating the app: <c>migrate</c> applies pending schema scripts (the production step
/// before starting a new version); <c>seed-demo</c> fills an empty database with the demo data.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        using var database = CrmDatabase.Open(builder.Configuration, builder.Environment.ContentRootPath);
        try
        {
            var applied = await new SchemaMigrator(database.ConnectionString).MigrateAsync();
            Console.WriteLine(applied.Count == 0
                ? $"The schema of {database.Description} is up to date."
                : $"Applied {applied.Count} schema script(s) to {database.Description}: {string.Join(", ", applied)}.");
            if (args[0] == "seed-demo") await SeedDemoAsync(builder, database.ConnectionString);
            return 0;
        }
        catch (MigrationChangedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task SeedDemoAsync(WebApplicationBuilder builder, string connectionString)
    {
        builder.AddGroupCrmWeb(connectionString);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        Console.WriteLine(seeded ? "Demo data written." : "The database already has users: demo data not written.");
    }
}
