using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// How long an acknowledgement link works (Allocation:AcknowledgementDays, default 30). The links start with
/// the app's <see cref="Organisation.PublicAddress"/>.
/// </summary>
public sealed class NoticeSettings(IConfiguration configuration)
{
    public const int DefaultAcknowledgementDays = 30;

    public TimeSpan AcknowledgementLifetime { get; } = TimeSpan.FromDays(
        int.TryParse(configuration["Allocation:AcknowledgementDays"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
        && days is > 0 and <= 3650 ? days : DefaultAcknowledgementDays);
}
