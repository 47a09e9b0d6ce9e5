namespace GroupCrm.Web;

/// <summary>
/// Marker for the one resource file of UI text. Keys are the English text itself, so English needs
/// no file; Resources/SharedResource.zh-Hans.resx holds the Chinese.
/// </summary>
public sealed class SharedResource;
