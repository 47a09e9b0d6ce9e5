namespace GroupCrm.Core.Visits.Appointments;

/// <summary>A new HQ appointment as the form sends it: the day and time are the organisation's local ones.</summary>
public sealed record AppointmentInput(int AccountId, int? BuyerContactId, DateOnly? Day, TimeOnly? Time, string? Purpose);

/// <summary>A reschedule: the new local day and time, and the buyer and purpose as they stand now.</summary>
public sealed record AppointmentChange(int? BuyerContactId, DateOnly? Day, TimeOnly? Time, string? Purpose);
