using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>What a template must be before it is even compiled: all three parts written, none too long.</summary>
public static class TemplateRules
{
    public const int MaxSubjectLength = LetterTemplateConfiguration.MaxSubjectLength;
    public const int MaxBodyLength = LetterTemplateConfiguration.MaxBodyLength;

    public static IEnumerable<RecordError> Problems(TemplateText text)
    {
        foreach (var part in TemplateParts.All)
        {
            var value = TemplateParts.Of(text, part);
            var max = part == TemplateParts.Subject ? MaxSubjectLength : MaxBodyLength;
            if (string.IsNullOrWhiteSpace(value))
                yield return new RecordError(part, "This part is empty.");
            else if (value.Length > max)
                yield return new RecordError(part, "This part is longer than {0} characters.", max);
        }
    }

    /// <summary>A check problem as a form error on its part: "Line 12: …" when its line is known.</summary>
    public static RecordError ToError(TemplateProblem problem) => problem.Line is { } line
        ? new RecordError(problem.Part, "Line {0}: {1}", line, problem.Message)
        : new RecordError(problem.Part, "{0}", problem.Message);
}
