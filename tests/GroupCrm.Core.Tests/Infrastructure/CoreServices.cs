using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Infrastructure;

/// <summary>The Core services as the app registers them, with an empty configuration (the defaults) and the test's clock.</summary>
public static class CoreServices
{
    public static ServiceProvider Build(string connectionString, TimeProvider clock)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGroupCrmCore(connectionString);
        services.AddSingleton(clock);
        return services.BuildServiceProvider();
    }
}
