using GroupCrm.Core.Allocation.Notices;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>The templates that ship with the app (Defaults/*.hbs, embedded): version 1 of each language.</summary>
public static class DefaultTemplates
{
    public static TemplateText For(string language)
    {
        if (!NoticeLanguages.IsKnown(language))
            throw new ArgumentException($"No letter template for \"{language}\".", nameof(language));
        return new TemplateText(Read(language, "subject"), Read(language, "html"), Read(language, "text"));
    }

    private static string Read(string language, string part)
    {
        var assembly = typeof(DefaultTemplates).Assembly;
        var suffix = $".Defaults.{language}.{part}.hbs";
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
