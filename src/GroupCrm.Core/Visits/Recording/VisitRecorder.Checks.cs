using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Recording;

// The checks that need the database. Ids in the form are never trusted: each is looked up under the account already checked.
public sealed partial class VisitRecorder
{
    public const string NoAppointmentMessage = "Book an appointment first: HQ visits are by appointment.";
    public const string ForeignStoreMessage = "This store does not belong to the chosen account.";

    private async Task CheckStoreAsync(AccountScope account, int? storeId, List<RecordError> errors, CancellationToken ct)
    {
        const string field = nameof(VisitInput.StoreId);
        if (storeId is null)
        {
            errors.Add(new(field, "Choose the store."));
            return;
        }
        var store = await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => new { s.AccountId, s.IsActive }).SingleOrDefaultAsync(ct);
        if (store is null || store.AccountId != account.Id) errors.Add(new(field, ForeignStoreMessage));
        else if (!store.IsActive) errors.Add(new(field, "This store is inactive; visits are recorded only for active stores."));
    }

    /// <returns>The appointment to keep (tracked), or null when it is refused.</returns>
    private async Task<HqAppointment?> CheckAppointmentAsync(
        AccountScope account, int? appointmentId, DateOnly? visitedOn, List<RecordError> errors, CancellationToken ct)
    {
        const string field = nameof(VisitInput.AppointmentId);
        if (appointmentId is null)
        {
            errors.Add(new(field, NoAppointmentMessage));
            return null;
        }
        var appointment = await db.HqAppointments.SingleOrDefaultAsync(a => a.Id == appointmentId && a.AccountId == account.Id, ct);
        var day = appointment is null ? default : calendar.LocalDate(appointment.StartsAt);
        string? refusal = appointment is null ? "This appointment is not one of the chosen account's."
            : appointment.State == AppointmentState.Cancelled ? "This appointment was cancelled; book a new one first."
            : await db.Visits.AnyAsync(v => v.AppointmentId == appointmentId, ct) ? AppointmentKeptMessage
            : null;
        if (refusal is not null) errors.Add(new(field, refusal));
        else if (visitedOn is { } on && on != day)
            errors.Add(new(nameof(VisitInput.Date), "The visit must be on the day of its appointment ({0}).",
                day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        else return appointment;
        return null;
    }

    private async Task CheckProductsExistAsync(IReadOnlyList<ProductCheckInput> products, List<RecordError> errors, CancellationToken ct)
    {
        var ids = products.Select(p => p.ProductId).OfType<int>().Distinct().ToList();
        if (ids.Count == 0) return;
        var known = (await db.Products.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        for (var i = 0; i < products.Count; i++)
            if (products[i].ProductId is { } id && !known.Contains(id))
                errors.Add(new(VisitLineRules.ProductField(i, nameof(ProductCheckInput.ProductId)), "There is no such product."));
    }

    private async Task CheckOwnersAsync(AccountScope account, Viewer viewer, IReadOnlyList<FollowUpInput> followUps, List<RecordError> errors, CancellationToken ct)
    {
        if (followUps.All(f => f.OwnerId is null)) return;
        var owners = (await FollowUpOwners.ForAccountAsync(db, account, viewer.UserId, ct)).Select(o => o.Id).ToHashSet();
        for (var i = 0; i < followUps.Count; i++)
            if (followUps[i].OwnerId is { } owner && !owners.Contains(owner))
                errors.Add(new(VisitLineRules.FollowUpField(i, nameof(FollowUpInput.OwnerId)), FollowUpOwners.NotAnOwnerMessage));
    }
}
