using GroupCrm.Core.Data;
using System.Globalization;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Web.Infrastructure;

/// <summary>
/// Verbs for operating the app: <c>migrate</c> applies pending schema scripts (the production step
/// before starting a new version); <c>seed-demo</c> fills an empty database with the demo data;
/// <c>add-admin USER "DISPLAY NAME"</c> creates an administrator, the first one of a new installation,
/// with the password read from standard input.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "add-admin"];

    public static bool IsVerb(string arg) => Verbs.Contains(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0];
        var operands = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var builder = WebApplication.CreateBuilder(args[(1 + operands.Length)..]);
        using var database = CrmDatabase.Open(builder.Configuration, builder.Environment.ContentRootPath);
        try
        {
            var applied = await new SchemaMigrator(database.ConnectionString).MigrateAsync();
            Console.WriteLine(applied.Count == 0
                ? $"The schema of {database.Description} is up to date."
                : $"Applied {applied.Count} schema script(s) to {database.Description}: {string.Join(", ", applied)}.");
            return verb switch
            {
                "seed-demo" => await SeedDemoAsync(builder, database.ConnectionString),
                "add-admin" => await AddAdministratorAsync(builder, database.ConnectionString, operands),
                _ => 0,
            };
        }
        catch (MigrationChangedException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task<int> SeedDemoAsync(WebApplicationBuilder builder, string connectionString)
    {
        await using var app = BuildApp(builder, connectionString);
        await using var scope = app.Services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        Console.WriteLine(seeded ? "Demo data written." : "The database already has users: demo data not written.");
        return 0;
    }

    private static async Task<int> AddAdministratorAsync(WebApplicationBuilder builder, string connectionString, string[] operands)
    {
        if (operands.Length != 2)
        {
            Console.Error.WriteLine("Usage: add-admin USER-NAME \"DISPLAY NAME\" (the password is read from standard input).");
            return 1;
        }
        Console.Error.Write("Password (12 characters or more): ");
        var password = Console.ReadLine() ?? "";
        await using var app = BuildApp(builder, connectionString);
        await using var scope = app.Services.CreateAsyncScope();
        // The operator who can reach the database acts as the system here, not as a signed-in user.
        var system = new Viewer(0, Roles.Administrator, null);
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateAsync(system, new NewUser(operands[0], operands[1], null, Roles.Administrator, null, password));
        foreach (var error in result.Errors) Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, error.Message, error.Arguments));
        if (result.Succeeded) Console.WriteLine($"Administrator {operands[0]} created.");
        return result.Succeeded ? 0 : 1;
    }

    private static WebApplication BuildApp(WebApplicationBuilder builder, string connectionString) =>
        builder.AddGroupCrmWeb(connectionString).Build();
}
