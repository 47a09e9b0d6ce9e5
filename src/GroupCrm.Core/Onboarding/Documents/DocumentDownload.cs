namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>A stored file as it is served: its bytes, the type its content showed, and its safe name.</summary>
public sealed record DocumentDownload(byte[] Content, string ContentType, string FileName);
