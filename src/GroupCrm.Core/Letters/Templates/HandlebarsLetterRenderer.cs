using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Letters.Drafting;
using HandlebarsDotNet;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// Renders letter templates with Handlebars.Net. Each language has its own environments holding only our
/// helpers: the HTML body escapes every value, the subject and text body do not (they are not HTML).
/// Compiled templates are kept by their text, so drafting hundreds of letters compiles each part once.
/// Checking uses strict environments, where a field that does not exist is an error instead of nothing.
/// </summary>
public sealed partial class HandlebarsLetterRenderer : ILetterRenderer
{
    // Previews compile a new text at every pause in typing, and a compiled letter is not small: forget them
    // all now and then rather than grow. Drafting needs six (three parts, two languages).
    private const int MaxCompiled = 64;

    private readonly ConcurrentDictionary<(string Language, bool Html, bool Strict), IHandlebars> _environments = new();
    private readonly ConcurrentDictionary<(string Language, bool Html, bool Strict, string Text), HandlebarsTemplate<object, object>> _compiled = new();

    public RenderedLetter Render(TemplateText template, LetterSnapshot snapshot, string language, string? personalNote, string? suggestions)
    {
        if (!NoticeLanguages.IsKnown(language))
            throw new ArgumentException($"Letters are not written in \"{language}\".", nameof(language));
        var model = LetterModel.From(snapshot, language, personalNote, suggestions);
        return new RenderedLetter(
            OneLine(Compile(language, html: false, strict: false, template.Subject)(model)),
            Compile(language, html: true, strict: false, template.HtmlBody)(model),
            Compile(language, html: false, strict: false, template.TextBody)(model));
    }

    public IReadOnlyList<TemplateProblem> Check(TemplateText template) =>
        [.. TemplateParts.All.SelectMany(part => CheckPart(part, TemplateParts.Of(template, part)))];

    private IEnumerable<TemplateProblem> CheckPart(string part, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [new TemplateProblem(part, null, "This part is empty.")];
        // Not worth compiling what could never be saved.
        var max = part == TemplateParts.Subject ? TemplateRules.MaxSubjectLength : TemplateRules.MaxBodyLength;
        if (text.Length > max)
            return [new TemplateProblem(part, null, $"This part is longer than {max} characters.")];
        var html = part == TemplateParts.HtmlBody;
        var scan = TemplateScan.Of(part, text, html);
        if (scan.Problems.Count > 0)
            return scan.Problems;
        HandlebarsTemplate<object, object> compiled;
        try
        {
            compiled = Compile(NoticeLanguages.English, html, strict: true, text);
        }
        // Whatever Handlebars throws on a broken template is a problem to report, not a failure of the check.
        catch (Exception e)
        {
            return [Located(part, e)];
        }
        foreach (var sample in new[] { LetterSamples.Rich(), LetterSamples.NoSales() })
        {
            string rendered;
            try
            {
                rendered = compiled(LetterModel.From(sample, NoticeLanguages.English, "A note.", null));
            }
            catch (Exception e)
            {
                return [RenderProblem(part, e, scan)];
            }
            if (part == TemplateParts.Subject && SubjectProblem(rendered) is { } problem)
                return [new TemplateProblem(part, null, problem)];
        }
        return [];
    }

    private static string? SubjectProblem(string rendered) =>
        rendered.Trim().Length == 0 ? "The subject comes out empty."
        : rendered.Trim().Contains('\n') || rendered.Trim().Contains('\r') ? "The subject must come out as one line."
        : null;

    // Handlebars ends parser and compiler messages with "Occured at: line:column", the line counted from 0.
    private static TemplateProblem Located(string part, Exception e)
    {
        var match = Position().Match(e.Message);
        if (!match.Success)
            return new TemplateProblem(part, null, e is HandlebarsException ? e.Message.Trim() : "Handlebars cannot use this part: " + e.Message.Trim());
        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) + 1;
        return new TemplateProblem(part, line, e.Message[..match.Index].Trim());
    }

    private static TemplateProblem RenderProblem(string part, Exception e, TemplateScan scan)
    {
        if (e is TemplateHelperException helper)
            return new TemplateProblem(part, scan.LineOfHelper(helper.Helper), helper.Message);
        var undefined = Undefined().Match(e.Message);
        if (undefined.Success)
        {
            var name = undefined.Groups["name"].Value;
            return new TemplateProblem(part, scan.LineOfField(name),
                $"\"{name}\" is not a field of the letter, or is read where its parent can be empty (put it inside {{{{#if …}}}}).");
        }
        return Located(part, e);
    }

    private HandlebarsTemplate<object, object> Compile(string language, bool html, bool strict, string text)
    {
        if (_compiled.Count > MaxCompiled)
            _compiled.Clear();
        return _compiled.GetOrAdd((language, html, strict, text), key => Environment(key.Language, key.Html, key.Strict).Compile(key.Text));
    }

    private IHandlebars Environment(string language, bool html, bool strict) =>
        _environments.GetOrAdd((language, html, strict), key =>
        {
            var handlebars = Handlebars.Create(new HandlebarsConfiguration
            {
                NoEscape = !key.Html,
                ThrowOnUnresolvedBindingExpression = key.Strict,
                FormatProvider = CultureInfo.InvariantCulture,
            });
            LetterHelpers.Register(handlebars, key.Language, key.Html);
            return handlebars;
        });

    // A subject is one header line: whatever the data holds, line breaks become spaces.
    private static string OneLine(string subject) => Whitespace().Replace(subject, " ").Trim();

    [GeneratedRegex(@"Occured at:\s*(?<line>\d+):(?<column>\d+)")]
    private static partial Regex Position();

    [GeneratedRegex(@"^(?<name>.+?) is undefined")]
    private static partial Regex Undefined();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
