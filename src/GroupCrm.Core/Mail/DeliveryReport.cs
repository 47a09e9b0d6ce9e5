namespace GroupCrm.Core.Mail;

/// <summary>What one delivery batch did.</summary>
/// <param name="Claimed">Due messages this batch took.</param>
/// <param name="Sent">Accepted by the server (or written to the folder).</param>
/// <param name="Retrying">Failed this time, attempted again later.</param>
/// <param name="GaveUp">Failed for the last allowed time: now Failed.</param>
/// <param name="Interrupted">Found stuck in Sending from an earlier, interrupted delivery: now Unknown.</param>
public sealed record DeliveryReport(int Claimed, int Sent, int Retrying, int GaveUp, int Interrupted)
{
    public bool IsEmpty => Claimed == 0 && Interrupted == 0;
}
