using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Infrastructure;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>
/// The transport limits of the upload form. A request up to <see cref="RequestBytes"/> (the 10 MB file
/// plus room for the other fields) is read and the file judged by Core, which refuses anything over
/// 10 MB with its own message. A larger one is answered by <see cref="RefuseOversizedUploadAttribute"/>
/// before antiforgery or model binding read it: they would fail on the size limit with a bare 400.
/// </summary>
public static class UploadLimits
{
    public const int RequestBytes = UploadedFileCheck.MaxBytes + 1024 * 1024;
}
