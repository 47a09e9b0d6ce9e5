using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// How long an acknowledgement link works (Allocation:AcknowledgementDays, default 30) and the address the
/// links start with (App:PublicUrl, default http://localhost:5080): the address buyers reach the app at.
/// </summary>
public sealed class NoticeSettings(IConfiguration configuration)
{
    public const int DefaultAcknowledgementDays = 30;
    public const string DefaultPublicUrl = "http://localhost:5080";

    public TimeSpan AcknowledgementLifetime { get; } = TimeSpan.FromDays(
        int.TryParse(configuration["Allocation:AcknowledgementDays"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
        && days is > 0 and <= 3650 ? days : DefaultAcknowledgementDays);

    /// <summary>Without a trailing slash, so paths can be appended.</summary>
    public string PublicUrl { get; } = (string.IsNullOrWhiteSpace(configuration["App:PublicUrl"])
        ? DefaultPublicUrl : configuration["App:PublicUrl"]!.Trim()).TrimEnd('/');
}
