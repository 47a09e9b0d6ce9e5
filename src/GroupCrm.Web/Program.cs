using GroupCrm.Core.Hosting;
using GroupCrm.Jobs;
using GroupCrm.Web.Infrastructure;

try
{
    if (args.FirstOrDefault() is { } verb && CommandLine.IsVerb(verb))
        return await CommandLine.RunAsync(args);

    var builder = WebApplication.CreateBuilder(args);
    using var database = CrmDatabase.Open(builder.Configuration, builder.Environment.ContentRootPath);
    builder.AddGroupCrmWeb(database.ConnectionString);
    builder.AddGroupCrmJobs(database.ConnectionString);

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseGroupCrm();
    await app.StartAsync();
    app.Logger.LogInformation("GroupCrm is ready at {Urls} ({Database}). Press Ctrl-C to stop.",
        string.Join(", ", app.Urls), database.Description);
    await app.WaitForShutdownAsync();
    return 0;
}
catch (PostgresNotFoundException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    Console.Error.WriteLine($"{e.Message} Stop the other instance, or choose another address with --urls.");
    return 3;
}

public partial class Program;
