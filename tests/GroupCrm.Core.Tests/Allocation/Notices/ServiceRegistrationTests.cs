using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>The notice services resolve from Core's own registration, Data Protection included.</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task Every_notice_service_resolves_from_the_core_registration()
    {
        await using var services = CoreServices.Build("Host=localhost;Database=unused", new StillClock(NoticeWorld.Now));
        await using var scope = services.CreateAsyncScope();

        scope.ServiceProvider.GetRequiredService<NoticeIssuer>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<NoticeDocuments>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<NoticeAcknowledgements>().ShouldNotBeNull();
        scope.ServiceProvider.GetRequiredService<NoticeTracking>().ShouldNotBeNull();
        var links = scope.ServiceProvider.GetRequiredService<AcknowledgementLinks>();
        links.Check(5, links.TokenFor(5, 6, NoticeWorld.Now.AddDays(1))).ShouldBe(AckTokenCheck.Valid(6, NoticeWorld.Now.AddDays(1)));
    }
}
