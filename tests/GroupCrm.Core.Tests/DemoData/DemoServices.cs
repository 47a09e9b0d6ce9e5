using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>The Core services on a given database, as the app registers them, with an optional clock.</summary>
internal static class DemoServices
{
    public static ServiceProvider Build(string connectionString, TimeProvider? clock = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGroupCrmCore(connectionString);
        if (clock is not null) services.AddSingleton(clock);
        return services.BuildServiceProvider();
    }
}
