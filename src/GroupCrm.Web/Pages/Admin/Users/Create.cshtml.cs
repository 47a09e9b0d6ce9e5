using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Users;

public sealed class CreateModel(UserAdministration admin, CrmDbContext db, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Districts = await DistrictChoices.LoadAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await admin.CreateAsync(User.ToViewer(), Input.ToNewUser(), ct);
            if (result.Succeeded)
            {
                TempData[IndexModel.StatusKey] = L["User {0} was created.", Input.UserName.Trim()].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddErrors(result, L, nameof(Input));
        }
        Districts = await DistrictChoices.LoadAsync(db, ct);
        return Page();
    }
}
