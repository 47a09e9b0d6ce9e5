using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using Npgsql;
using NpgsqlTypes;
using static GroupCrm.Core.DemoData.DemoCopyValues;

namespace GroupCrm.Core.DemoData;

/// <summary>Rows of the plans, planned visits, appointments and photo files for binary COPY, column by column.</summary>
internal static class DemoPlanRows
{
    public const string Files = "stored_files (id, content, stored_at)";
    public const string Plans = "visit_plans (id, user_id, period_start, revision, state, created_at, submitted_at)";
    public const string PlannedVisits = "planned_visits (id, plan_id, day, kind, account_id, store_id)";

    public const string Appointments =
        "hq_appointments (id, account_id, buyer_contact_id, starts_at, purpose, booked_by_id, booked_at, scheduled_at, state, cancelled_at, cancel_reason)";

    public static void Write(NpgsqlBinaryImporter w, StoredFile f)
    {
        w.Write(f.Id, NpgsqlDbType.Uuid);
        w.Write(f.Content, NpgsqlDbType.Bytea);
        w.Write(f.StoredAt, NpgsqlDbType.TimestampTz);
    }

    public static void Write(NpgsqlBinaryImporter w, VisitPlan p)
    {
        w.Write(p.Id, NpgsqlDbType.Integer);
        w.Write(p.UserId, NpgsqlDbType.Integer);
        w.Write(p.PeriodStart, NpgsqlDbType.Date);
        w.Write(p.Revision, NpgsqlDbType.Integer);
        w.Write(p.State.ToString(), NpgsqlDbType.Varchar);
        w.Write(p.CreatedAt, NpgsqlDbType.TimestampTz);
        Nullable(w, p.SubmittedAt, NpgsqlDbType.TimestampTz);
    }

    public static void Write(NpgsqlBinaryImporter w, PlannedVisit v)
    {
        w.Write(v.Id, NpgsqlDbType.Integer);
        w.Write(v.PlanId, NpgsqlDbType.Integer);
        w.Write(v.Day, NpgsqlDbType.Date);
        w.Write(v.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Write(v.AccountId, NpgsqlDbType.Integer);
        Nullable(w, v.StoreId, NpgsqlDbType.Integer);
    }

    public static void Write(NpgsqlBinaryImporter w, HqAppointment a)
    {
        w.Write(a.Id, NpgsqlDbType.Integer);
        w.Write(a.AccountId, NpgsqlDbType.Integer);
        Nullable(w, a.BuyerContactId, NpgsqlDbType.Integer);
        w.Write(a.StartsAt, NpgsqlDbType.TimestampTz);
        w.Write(a.Purpose, NpgsqlDbType.Varchar);
        w.Write(a.BookedById, NpgsqlDbType.Integer);
        w.Write(a.BookedAt, NpgsqlDbType.TimestampTz);
        w.Write(a.ScheduledAt, NpgsqlDbType.TimestampTz);
        w.Write(a.State.ToString(), NpgsqlDbType.Varchar);
        Nullable(w, a.CancelledAt, NpgsqlDbType.TimestampTz);
        Nullable(w, a.CancelReason, NpgsqlDbType.Varchar);
    }
}
