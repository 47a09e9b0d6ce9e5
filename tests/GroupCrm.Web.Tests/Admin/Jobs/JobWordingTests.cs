using System.Globalization;
using GroupCrm.Web.Pages.Admin.Jobs;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>Schedules and durations in words, as the jobs page shows them in English.</summary>
public sealed class JobWordingTests
{
    private readonly JobWording words = new(new EnglishText());

    [Theory]
    [InlineData("0/30 * * * * ?", "Every 30 seconds")]
    [InlineData("0 0 7 * * ?", "Daily at 07:00")]
    [InlineData("0 0 8 ? * MON", "Every Monday at 08:00")]
    [InlineData("0 30 6 1 * ?", "On day 1 of each month at 06:30")]
    public void Common_schedules_are_said_in_words(string cron, string said)
    {
        using var _ = new UiCulture("en");
        words.Schedule(cron).ShouldBe(said);
    }

    [Theory]
    [InlineData("0 0 0 1 1 ? 2099")]
    [InlineData("0 0 8 ? * MON-FRI")]
    [InlineData("0 0/5 * * * ?")]
    [InlineData("<script>")]
    [InlineData(null)]
    public void Other_schedules_are_left_to_the_cron_itself(string? cron) => words.Schedule(cron).ShouldBeNull();

    [Theory]
    [InlineData(null, "")]
    [InlineData(250, "250 ms")]
    [InlineData(1500, "1.5 s")]
    [InlineData(125_000, "2 min 5 s")]
    public void Durations_are_said_in_the_largest_unit_that_reads_well(int? milliseconds, string said)
    {
        using var _ = new UiCulture("en");
        words.Duration(milliseconds).ShouldBe(said);
    }

    /// <summary>The English text itself, as the app shows it when no translation applies.</summary>
    private sealed class EnglishText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.CurrentCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly (CultureInfo, CultureInfo) saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        public UiCulture(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
    }
}
