using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// A visit's checks that need no database: its kind's fields, the time it happened, the lengths of its
/// texts and the acknowledged notice. Each refusal names the form field it is about.
/// </summary>
public static class VisitRules
{
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 100;
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>A phone's clock a little ahead of the server's is not a visit in the future.</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(5);

    public const string FutureMessage = "The visit cannot be in the future.";
    public const string BeforeAccountMessage = "The visit date cannot be before the account existed ({0}).";
    public const string NotStoreFieldsMessage = "An HQ visit has no store, product checks, photo or scarce-stock notice.";
    public const string NotHqFieldsMessage = "A store visit has no appointment, topics or follow-ups.";

    public static VisitInput Tidy(VisitInput input) => input with
    {
        Topics = RecordText.Optional(input.Topics),
        Requests = RecordText.Optional(input.Requests),
        Problems = RecordText.Optional(input.Problems),
        CustomerFeedback = RecordText.Optional(input.CustomerFeedback),
        NoticeAcknowledgedBy = RecordText.Optional(input.NoticeAcknowledgedBy),
        FollowUps = [.. input.FollowUps.Select(f => f with { Text = RecordText.Optional(f.Text) })],
    };

    /// <summary>Checks a tidied visit's own fields and lines; <paramref name="hasPhoto"/> says whether a file came with it.</summary>
    public static List<RecordError> Check(VisitInput input, bool hasPhoto)
    {
        var errors = new List<RecordError>();
        if (!Enum.IsDefined(input.Kind)) errors.Add(new(nameof(input.Kind), "Choose HQ visit or store visit."));
        else if (input.Kind == VisitKind.Hq && (input.StoreId is not null || input.Products.Count > 0 || hasPhoto
                 || input.NoticeHandedOver || input.NoticeAcknowledgedBy is not null))
            errors.Add(new("", NotStoreFieldsMessage));
        else if (input.Kind == VisitKind.Store && (input.AppointmentId is not null || input.Topics is not null || input.FollowUps.Count > 0))
            errors.Add(new("", NotHqFieldsMessage));

        RecordText.Check(errors, nameof(input.Topics), input.Topics, MaxTextLength, "The topics can be at most 2,000 characters.");
        RecordText.Check(errors, nameof(input.Requests), input.Requests, MaxTextLength, "The opinions and requests can be at most 2,000 characters.");
        RecordText.Check(errors, nameof(input.Problems), input.Problems, MaxTextLength, "The problems found can be at most 2,000 characters.");
        RecordText.Check(errors, nameof(input.CustomerFeedback), input.CustomerFeedback, MaxTextLength, "The customer feedback can be at most 2,000 characters.");
        CheckNotice(input, errors);
        VisitLineRules.CheckProducts(input.Products, errors);
        VisitLineRules.CheckFollowUpTexts(input.FollowUps, errors);
        return errors;
    }

    /// <summary>
    /// The moment of the visit: not in the future, not before 2000, not before the account existed.
    /// </summary>
    /// <returns>The instant, or null when it is refused (the reason is in <paramref name="errors"/>).</returns>
    public static DateTimeOffset? CheckWhen(VisitInput input, TimeZoneInfo zone, DateTimeOffset now, DateOnly accountCreatedOn, List<RecordError> errors)
    {
        if (input.Date is null) errors.Add(new(nameof(input.Date), "Enter the date of the visit."));
        if (input.Time is null) errors.Add(new(nameof(input.Time), "Enter the time of the visit."));
        if (input is not { Date: { } date, Time: { } time }) return null;

        var at = VisitTime.ToInstant(date, time, zone);
        string? refusal = at is null ? "This time does not exist in the organisation's time zone."
            : date < EarliestDate ? "The visit date cannot be before 2000."
            : at > now + ClockSlack ? FutureMessage
            : null;
        if (refusal is not null) errors.Add(new(nameof(input.Date), refusal));
        else if (date < accountCreatedOn) errors.Add(new(nameof(input.Date), BeforeAccountMessage, accountCreatedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        else return at;
        return null;
    }

    private static void CheckNotice(VisitInput input, List<RecordError> errors)
    {
        const string field = nameof(input.NoticeAcknowledgedBy);
        if (input.NoticeHandedOver && input.NoticeAcknowledgedBy is null)
            errors.Add(new(field, "Enter the name of the store contact who acknowledged the notice."));
        else if (!input.NoticeHandedOver && input.NoticeAcknowledgedBy is not null)
            errors.Add(new(field, "Tick the box for the handed-over notice, or leave the acknowledging contact empty."));
        else RecordText.Check(errors, field, input.NoticeAcknowledgedBy, MaxNameLength, "The acknowledging contact's name can be at most 100 characters.");
    }
}
