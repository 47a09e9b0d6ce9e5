using GroupCrm.Core.Visits;
using Npgsql;
using NpgsqlTypes;
using static GroupCrm.Core.DemoData.DemoCopyValues;

namespace GroupCrm.Core.DemoData;

/// <summary>Rows of the visits, their product checks and follow-ups for binary COPY, column by column.</summary>
internal static class DemoVisitRows
{
    public const string Visits =
        "visits (id, kind, account_id, store_id, visitor_id, visited_at, visited_on, appointment_id, topics, requests, problems, " +
        "customer_feedback, compliance_concern, photo_file_id, photo_content_type, notice_handed_over, notice_acknowledged_by, " +
        "spot_check_of_user_id, compared_visit_id, spot_check_fields_compared, spot_check_fields_matched, recorded_at)";

    public const string Checks = "visit_product_checks (visit_id, product_id, listed, sell_through, shelf_price, stock_on_hand)";

    public const string FollowUps = "follow_ups (id, visit_id, account_id, text, due_on, owner_id, done_at, done_by_id)";

    public static void Write(NpgsqlBinaryImporter w, Visit v)
    {
        w.Write(v.Id, NpgsqlDbType.Integer);
        w.Write(v.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Write(v.AccountId, NpgsqlDbType.Integer);
        Nullable(w, v.StoreId, NpgsqlDbType.Integer);
        w.Write(v.VisitorId, NpgsqlDbType.Integer);
        w.Write(v.VisitedAt, NpgsqlDbType.TimestampTz);
        w.Write(v.VisitedOn, NpgsqlDbType.Date);
        Nullable(w, v.AppointmentId, NpgsqlDbType.Integer);
        Nullable(w, v.Topics, NpgsqlDbType.Varchar);
        Nullable(w, v.Requests, NpgsqlDbType.Varchar);
        Nullable(w, v.Problems, NpgsqlDbType.Varchar);
        Nullable(w, v.CustomerFeedback, NpgsqlDbType.Varchar);
        w.Write(v.ComplianceConcern, NpgsqlDbType.Boolean);
        Nullable(w, v.PhotoFileId, NpgsqlDbType.Uuid);
        Nullable(w, v.PhotoContentType, NpgsqlDbType.Varchar);
        w.Write(v.NoticeHandedOver, NpgsqlDbType.Boolean);
        Nullable(w, v.NoticeAcknowledgedBy, NpgsqlDbType.Varchar);
        Nullable(w, v.SpotCheckOfUserId, NpgsqlDbType.Integer);
        Nullable(w, v.ComparedVisitId, NpgsqlDbType.Integer);
        w.Write(v.SpotCheckFieldsCompared, NpgsqlDbType.Integer);
        w.Write(v.SpotCheckFieldsMatched, NpgsqlDbType.Integer);
        w.Write(v.RecordedAt, NpgsqlDbType.TimestampTz);
    }

    public static void Write(NpgsqlBinaryImporter w, VisitProductCheck c)
    {
        w.Write(c.VisitId, NpgsqlDbType.Integer);
        w.Write(c.ProductId, NpgsqlDbType.Integer);
        w.Write(c.Listed, NpgsqlDbType.Boolean);
        Nullable(w, c.SellThrough, NpgsqlDbType.Integer);
        Nullable(w, c.ShelfPrice, NpgsqlDbType.Numeric);
        Nullable(w, c.StockOnHand, NpgsqlDbType.Integer);
    }

    public static void Write(NpgsqlBinaryImporter w, FollowUp f)
    {
        w.Write(f.Id, NpgsqlDbType.Integer);
        w.Write(f.VisitId, NpgsqlDbType.Integer);
        w.Write(f.AccountId, NpgsqlDbType.Integer);
        w.Write(f.Text, NpgsqlDbType.Varchar);
        w.Write(f.DueOn, NpgsqlDbType.Date);
        w.Write(f.OwnerId, NpgsqlDbType.Integer);
        Nullable(w, f.DoneAt, NpgsqlDbType.TimestampTz);
        Nullable(w, f.DoneById, NpgsqlDbType.Integer);
    }
}
