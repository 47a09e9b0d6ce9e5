namespace GroupCrm.Core.Mail;

/// <summary>
/// What <see cref="MailOutbox.EnqueueAsync"/> did. <see cref="Created"/> is false when the same kind and
/// key were queued before and that message was left as it was; <see cref="HeldReason"/> is set when the
/// message was held instead of queued for sending.
/// </summary>
public sealed record QueuedMail(long Id, bool Created, MailState State, string? HeldReason);
