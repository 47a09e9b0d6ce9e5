using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Review;

/// <summary>
/// Hands an approved letter to the outbox: its frozen subject and bodies, To every buyer contact of the account,
/// Cc the account manager, and a Message-ID that is the same for every attempt, so a buyer's mail program
/// recognises a repeat. It runs on the caller's context, inside the approval's transaction, so an approved letter
/// always has its message. Queued again while the message is held, it takes the contacts as they are now.
/// </summary>
public sealed class LetterDelivery(CrmDbContext db, MailOutbox outbox)
{
    public const string Kind = "letter";

    public static string MessageIdOf(int letterId) => $"<letter.{letterId}@groupcrm>";

    public async Task<QueuedMail> QueueAsync(SalesLetter letter, CancellationToken ct = default)
    {
        if (letter.State != LetterState.Approved || letter.Subject is null || letter.TextBody is null)
            throw new InvalidOperationException($"Letter {letter.Id} is not approved: only an approved letter is sent.");
        var buyers = await db.BuyerContacts.AsNoTracking().Where(c => c.AccountId == letter.AccountId).OrderBy(c => c.Id)
            .Select(c => new { c.Name, c.Email })
            .ToListAsync(ct);
        var manager = await db.Accounts.AsNoTracking().Where(a => a.Id == letter.AccountId)
            .Select(a => new { a.AccountManager!.DisplayName, a.AccountManager.Email })
            .SingleAsync(ct);
        var request = new MailRequest(Kind, letter.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [.. buyers.Select(b => Recipient(b.Name, b.Email))], letter.Subject, letter.TextBody)
        {
            HtmlBody = letter.HtmlBody,
            Cc = string.IsNullOrWhiteSpace(manager.Email) ? [] : [Recipient(manager.DisplayName, manager.Email)],
            MessageId = MessageIdOf(letter.Id),
        };
        return await outbox.EnqueueAsync(request, ct);
    }

    /// <summary>
    /// "Name &lt;address&gt;", the name quoted and cleared of the characters that would break the header, so that a
    /// name like "Wang, Purchasing" cannot turn a good address into a bad one.
    /// </summary>
    public static string Recipient(string name, string email)
    {
        var address = email.Trim();
        var cleanName = string.Join(' ', new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '<' or '>'))])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleanName.Length == 0 ? address : $"\"{cleanName}\" <{address}>";
    }
}
