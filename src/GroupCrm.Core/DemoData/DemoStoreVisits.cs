using System.Buffers.Binary;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Store visits as recorded on the phone a few minutes after leaving the store: the shelf check, now and then
/// a problem or the customer's feedback, rarely a compliance concern (a few of those with a photo). Account
/// managers hand over the month's scarce-stock notice at about half their visits of the last six months,
/// signed for by the store's contact as a rule.
/// </summary>
internal static class DemoStoreVisits
{
    /// <summary>An account manager's rounds, in order, each store's sell-through counted from the manager's previous visit.</summary>
    public static void AddRounds(DemoVisitBook book, DemoVisitWorld world, IEnumerable<DemoSlot> slots)
    {
        var lastSeen = new Dictionary<int, DateOnly>();
        foreach (var slot in slots.Where(s => s.Kind == VisitKind.Store && s.Happens(world.Today)).OrderBy(s => s.Day).ThenBy(s => s.Minute))
        {
            var store = slot.Store!;
            var since = lastSeen.TryGetValue(store.Id, out var last) ? slot.Day.DayNumber - last.DayNumber : 30;
            lastSeen[store.Id] = slot.Day;
            var visit = New(book, slot);
            visit.ProductChecks = DemoShelf.Check(store, slot, since, world.Prices);
            if (slot.Day >= world.First.AddMonths(6) && U(140, slot) < 0.5)
            {
                visit.NoticeHandedOver = true;
                visit.NoticeAcknowledgedBy = store.ContactName is { } contact && U(141, slot) < 0.85 ? contact
                    : DemoNames.Surnames[(int)(U(142, slot) * DemoNames.Surnames.Length)] + DemoNames.GivenNames[(int)(U(143, slot) * DemoNames.GivenNames.Length)];
            }
            book.Visits.Add(visit);
        }
    }

    /// <summary>A store visit with its notes but no product checks yet.</summary>
    public static Visit New(DemoVisitBook book, DemoSlot slot)
    {
        var concern = U(144, slot) < 0.012;
        var visit = new Visit
        {
            Kind = VisitKind.Store,
            AccountId = slot.Account.Id,
            StoreId = slot.Store!.Id,
            VisitorId = slot.UserId,
            VisitedAt = slot.At,
            VisitedOn = slot.Day,
            Problems = concern ? DemoVisitTexts.Pick(DemoVisitTexts.CompliancePoints, U(145, slot))
                : U(146, slot) < 0.18 ? DemoVisitTexts.Pick(DemoVisitTexts.StoreProblems, U(145, slot)) : null,
            CustomerFeedback = U(147, slot) < 0.22 ? DemoVisitTexts.Pick(DemoVisitTexts.StoreFeedback, U(148, slot)) : null,
            ComplianceConcern = concern,
            RecordedAt = slot.At.AddMinutes(4 + (int)(16 * U(149, slot))),
        };
        if (concern && U(150, slot) < 0.15) AddPhoto(book, visit, slot);
        return visit;
    }

    private static void AddPhoto(DemoVisitBook book, Visit visit, DemoSlot slot)
    {
        var bytes = new byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, (long)(U(151, slot) * (1L << 53)));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8), (long)(U(152, slot) * (1L << 53)));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 id, as the upload makes
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var photo = new StoredFile { Id = new Guid(bytes), Content = SampleFiles.Jpeg(), StoredAt = visit.RecordedAt };
        book.Photos.Add(photo);
        (visit.PhotoFileId, visit.PhotoContentType) = (photo.Id, "image/jpeg");
    }

    private static double U(int salt, DemoSlot slot) => DemoHash.Unit(salt, slot.Store?.Id ?? slot.Account.Id, slot.Day.DayNumber, slot.UserId);
}
