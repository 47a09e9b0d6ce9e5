using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Admin.Templates;

/// <summary>The letter templates of both languages: the version in use and every version saved before it.</summary>
public sealed class IndexModel(LetterTemplates templates, OrganisationCalendar calendar) : PageModel
{
    public sealed record LanguageTemplates(string Language, IReadOnlyList<TemplateVersion> Versions)
    {
        public TemplateVersion Current => Versions[0];
    }

    public IReadOnlyList<LanguageTemplates> Languages { get; private set; } = [];

    public TimeZoneInfo TimeZone => calendar.TimeZone;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var languages = new List<LanguageTemplates>();
        foreach (var language in NoticeLanguages.All)
        {
            // The shipped default becomes version 1 the first time a language is shown, as drafting would store it.
            await templates.CurrentAsync(language, ct);
            languages.Add(new LanguageTemplates(language, await templates.HistoryAsync(language, ct)));
        }
        Languages = languages;
    }
}
