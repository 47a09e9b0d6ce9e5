using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// The rows of the visits demo as they are made, before they have ids: a visit points at its appointment and
/// at the visit a spot check compared it with through the two maps. <see cref="Number"/> then gives every row
/// its id in the order the rows were written in real life, so ids grow with time as in a live database.
/// </summary>
internal sealed class DemoVisitBook
{
    public List<Visit> Visits { get; } = [];
    public List<HqAppointment> Appointments { get; } = [];
    public List<VisitPlan> Plans { get; } = [];
    public List<StoredFile> Photos { get; } = [];
    public Dictionary<Visit, HqAppointment> KeptAppointments { get; } = [];
    public Dictionary<Visit, Visit> ComparedVisits { get; } = [];

    public void Number(int firstVisit, int firstFollowUp, int firstAppointment, int firstPlan, int firstPlannedVisit)
    {
        // Keys that no two rows share: List.Sort is not stable, and the ids must come out the same every time.
        Visits.Sort((a, b) => (a.RecordedAt, a.VisitorId, a.AccountId, a.StoreId ?? 0).CompareTo((b.RecordedAt, b.VisitorId, b.AccountId, b.StoreId ?? 0)));
        Appointments.Sort((a, b) => (a.BookedAt, a.BookedById, a.AccountId, a.StartsAt).CompareTo((b.BookedAt, b.BookedById, b.AccountId, b.StartsAt)));
        Plans.Sort((a, b) => (a.CreatedAt, a.UserId, a.PeriodStart, a.Revision).CompareTo((b.CreatedAt, b.UserId, b.PeriodStart, b.Revision)));
        foreach (var appointment in Appointments) appointment.Id = firstAppointment++;
        foreach (var visit in Visits)
        {
            visit.Id = firstVisit++;
            foreach (var check in visit.ProductChecks) check.VisitId = visit.Id;
            foreach (var followUp in visit.FollowUps) (followUp.Id, followUp.VisitId) = (firstFollowUp++, visit.Id);
        }
        foreach (var (visit, appointment) in KeptAppointments) visit.AppointmentId = appointment.Id;
        foreach (var (visit, compared) in ComparedVisits) visit.ComparedVisitId = compared.Id;
        foreach (var plan in Plans)
        {
            plan.Id = firstPlan++;
            foreach (var planned in plan.Visits) (planned.Id, planned.PlanId) = (firstPlannedVisit++, plan.Id);
        }
    }
}
