using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Organisation;

/// <summary>
/// Days and months as the organisation counts them (Organisation:TimeZone, default Asia/Shanghai):
/// a visit at 23:30 local time on the 31st belongs to that month, whatever UTC says.
/// </summary>
public sealed class OrganisationCalendar(TimeProvider clock, IConfiguration configuration)
{
    public TimeZoneInfo TimeZone { get; } =
        TimeZoneInfo.FindSystemTimeZoneById(configuration["Organisation:TimeZone"] ?? "Asia/Shanghai");

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}
