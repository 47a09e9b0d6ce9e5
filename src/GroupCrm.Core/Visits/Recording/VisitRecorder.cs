using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.SpotChecks;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// Records a visit (spec §2) for the person who made it: every check first, then the visit, its lines, its
/// photo and (for a spot check) its comparison in one save, so a refusal writes nothing. A recorded visit is
/// never changed: spot checks and quotas are judged against it.
/// </summary>
public sealed partial class VisitRecorder(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public const string AppointmentKeptMessage = "This appointment has already been kept by another visit.";

    /// <param name="photo">The uploaded photo's content, or null when none was chosen.</param>
    public async Task<RecordResult> RecordAsync(Viewer viewer, VisitInput input, Stream? photo = null, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, input.AccountId, ct);
        if (account is null) return RecordResult.NoSuchRecord;
        if (!viewer.CanVisit(account)) return RecordResult.NotAllowed;
        if (!account.IsVisitable()) return RecordResult.Refused("", VisitAccess.NotVisitableMessage);

        input = VisitRules.Tidy(input);
        var bytes = photo is null ? null : await PhotoCheck.ReadAsync(photo, ct);
        var errors = VisitRules.Check(input, bytes is not null);
        var createdAt = await db.Accounts.Where(a => a.Id == account.Id).Select(a => a.CreatedAt).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var visitedAt = VisitRules.CheckWhen(input, calendar.TimeZone, now, calendar.LocalDate(createdAt), errors);
        DateOnly? visitedOn = visitedAt is { } at ? calendar.LocalDate(at) : null;
        var photoKind = bytes is null ? null : PhotoCheck.Check(bytes);
        if (photoKind is { Accepted: false }) errors.Add(new("Photo", photoKind.Error!));

        HqAppointment? appointment = null;
        if (input.Kind == VisitKind.Store) await CheckStoreAsync(account, input.StoreId, errors, ct);
        else if (input.Kind == VisitKind.Hq) appointment = await CheckAppointmentAsync(account, input.AppointmentId, visitedOn, errors, ct);
        await CheckProductsExistAsync(input.Products, errors, ct);
        VisitLineRules.CheckFollowUpDates(input.FollowUps, visitedOn, errors);
        await CheckOwnersAsync(account, viewer, input.FollowUps, errors, ct);
        var basis = input.SpotCheck ? await SpotCheckBasis.FindAsync(db, viewer, account, input, errors, ct) : null;
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        var visit = NewVisit(viewer, input, visitedAt!.Value, visitedOn!.Value, now);
        if (basis is not null) Score(visit, basis);
        if (bytes is not null)
        {
            var file = new StoredFile { Id = Guid.NewGuid(), Content = bytes, StoredAt = now };
            db.StoredFiles.Add(file);
            (visit.PhotoFileId, visit.PhotoContentType) = (file.Id, photoKind!.ContentType);
        }
        // Keeping the appointment touches its row, so a cancel or reschedule saved meanwhile makes this save fail (xmin).
        if (appointment is not null) db.Entry(appointment).Property(a => a.State).IsModified = true;
        db.Visits.Add(visit);
        return await SaveAsync(visit, ct);
    }

    private async Task<RecordResult> SaveAsync(Visit visit, CancellationToken ct)
    {
        try
        {
            // A store visit that hands over the month's notices marks them in the same transaction; they need the visit's id.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            await db.SaveChangesAsync(ct);
            await NoticeHandOver.MarkAsync(db, visit, ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
            return RecordResult.Done(visit.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RecordAccess.Forget(db, RecordResult.Refused(nameof(VisitInput.AppointmentId),
                "The appointment was changed or cancelled in the meantime. Reload the page and try again."));
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The unique appointment index: another visit kept the same appointment between our check and our save.
            return RecordAccess.Forget(db, RecordResult.Refused(nameof(VisitInput.AppointmentId), AppointmentKeptMessage));
        }
    }

    private static Visit NewVisit(Viewer viewer, VisitInput input, DateTimeOffset visitedAt, DateOnly visitedOn, DateTimeOffset now) => new()
    {
        Kind = input.Kind,
        AccountId = input.AccountId,
        StoreId = input.StoreId,
        VisitorId = viewer.UserId,
        VisitedAt = visitedAt,
        VisitedOn = visitedOn,
        AppointmentId = input.AppointmentId,
        Topics = input.Topics,
        Requests = input.Requests,
        Problems = input.Problems,
        CustomerFeedback = input.CustomerFeedback,
        ComplianceConcern = input.ComplianceConcern,
        NoticeHandedOver = input.NoticeHandedOver,
        NoticeAcknowledgedBy = input.NoticeAcknowledgedBy,
        RecordedAt = now,
        ProductChecks = [.. input.Products.Select(p => new VisitProductCheck
        {
            ProductId = p.ProductId!.Value, Listed = p.Listed!.Value, SellThrough = p.SellThrough, ShelfPrice = p.ShelfPrice, StockOnHand = p.StockOnHand,
        })],
        FollowUps = [.. input.FollowUps.Select(f => new FollowUp
        {
            AccountId = input.AccountId, Text = f.Text!, DueOn = f.DueOn!.Value, OwnerId = f.OwnerId ?? viewer.UserId,
        })],
    };

    private static void Score(Visit visit, SpotCheckBasis basis)
    {
        var found = visit.ProductChecks.Select(c => new CheckedValues(c.ProductId, c.Listed, c.ShelfPrice, c.StockOnHand));
        var score = SpotCheckComparison.Score(SpotCheckComparison.Compare(basis.Record, found));
        visit.SpotCheckOfUserId = basis.CheckedUserId;
        visit.ComparedVisitId = basis.ComparedVisitId;
        (visit.SpotCheckFieldsCompared, visit.SpotCheckFieldsMatched) = (score.Compared, score.Matched);
    }
}
