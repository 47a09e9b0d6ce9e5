using GroupCrm.Core.Letters.Templates;
using static GroupCrm.Core.Tests.Letters.Templates.RendererChecks;

namespace GroupCrm.Core.Tests.Letters.Templates;

/// <summary>The syntax check: every problem names its part and, where it can, the line.</summary>
public sealed class TemplateCheckTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void The_shipped_defaults_pass_the_check(string language) =>
        Renderer.Check(DefaultTemplates.For(language)).ShouldBeEmpty();

    [Fact]
    public void An_expression_left_open_is_reported_on_its_line()
    {
        var problem = CheckHtml("<p>Dear colleagues,</p>\n<p>{{account.name}}</p>\n<p>{{month month</p>\n<p>end</p>").ShouldHaveSingleItem();

        problem.Part.ShouldBe("HtmlBody");
        problem.Line.ShouldBe(3);
        problem.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_block_closed_by_the_wrong_tag_is_reported_on_the_closing_line()
    {
        var problem = CheckText("line one\n{{#if hasSales}}\n{{#each brands}}\n- {{brand}}\n{{/if}}\n{{/each}}").ShouldHaveSingleItem();

        problem.Part.ShouldBe("TextBody");
        problem.Line.ShouldBe(5);
        problem.Message.ShouldContain("{{#each}}");
        problem.Message.ShouldContain("line 3");
    }

    [Fact]
    public void A_block_never_closed_is_reported_on_its_opening_line()
    {
        var problem = CheckText("one\ntwo\n{{#if hasSales}}\nthree").ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("never closed");
    }

    [Fact]
    public void A_closing_tag_without_its_block_is_reported_on_its_line()
    {
        CheckText("one\n{{/each}}").ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Theory]
    [InlineData("one\ntwo\n{{shout account.name}}", "shout")]
    [InlineData("one\ntwo\nTotal: {{number (sum sales.quantity 2)}}", "sum")]
    [InlineData("one\ntwo\n{{log account.name}}", "log")]
    public void An_unknown_helper_is_refused_on_its_line(string text, string helper)
    {
        var problem = CheckText(text).ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain($"\"{helper}\"");
    }

    [Fact]
    public void An_unknown_block_is_refused_on_its_line()
    {
        var problem = CheckHtml("<p>\n{{#repeat 3}}x{{/repeat}}\n</p>").ShouldHaveSingleItem();

        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain("#repeat");
    }

    [Theory]
    [InlineData("one\n{{> footer}}", "Partials")]
    [InlineData("one\n{{#> layout}}x{{/layout}}", "Partials")]
    [InlineData("one\n{{#*inline \"x\"}}y{{/inline}}", "Decorators")]
    [InlineData("one\n{{{account.name}}}", "escaping")]
    [InlineData("one\n{{& account.name}}", "escaping")]
    [InlineData("one\n{{^hasSales}}none{{/hasSales}}", "#unless")]
    public void What_letter_templates_may_not_use_is_refused_on_its_line(string html, string explained)
    {
        var problem = CheckHtml(html).ShouldHaveSingleItem();

        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain(explained);
    }

    [Theory]
    [InlineData("one\n{{number}}")]
    [InlineData("one\n{{change sales.quantity}}")]
    [InlineData("one\n{{percent sales.quantity sales.amount}}")]
    [InlineData("one\n{{#if}}x{{/if}}")]
    public void A_helper_given_the_wrong_number_of_values_is_reported_on_its_line(string text)
    {
        CheckText(text).ShouldHaveSingleItem().Line.ShouldBe(2);
    }

    [Fact]
    public void A_field_that_does_not_exist_is_reported_on_its_line()
    {
        var problem = CheckText("Dear {{account.name}},\n\nYou sold {{sales.quantiy}} units.").ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("quantiy");
    }

    [Fact]
    public void A_field_of_an_empty_part_read_without_a_guard_is_reported()
    {
        // The bulletin is missing from the sample month without sales.
        var problem = CheckText("Hello\n{{markdown bulletin.marketSituation}}").ShouldHaveSingleItem();

        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain("#if");
    }

    [Fact]
    public void A_helper_given_text_instead_of_a_number_is_reported_on_its_line()
    {
        var problem = CheckText("Hello\n\n{{number account.name}}").ShouldHaveSingleItem();

        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("number");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{{#if hasSales}}{{/if}}")]
    public void A_subject_that_comes_out_empty_is_a_problem(string subject)
    {
        CheckSubject(subject).ShouldHaveSingleItem().Part.ShouldBe("Subject");
    }

    [Fact]
    public void A_subject_of_two_lines_is_a_problem()
    {
        CheckSubject("Review {{month month}}\n{{account.name}}").ShouldHaveSingleItem().Message.ShouldContain("one line");
    }

    [Fact]
    public void A_subject_with_a_trailing_line_break_is_fine()
    {
        CheckSubject("Review {{month month}}\n").ShouldBeEmpty();
    }

    [Fact]
    public void Each_broken_part_reports_its_own_problem()
    {
        var problems = Renderer.Check(new TemplateText("{{nope x}}", "<p>\n{{#each brands}}", "ok {{account.name}}"));

        problems.Select(p => (p.Part, p.Line)).ShouldBe([("Subject", (int?)1), ("HtmlBody", 2)]);
    }

    [Fact]
    public void Comments_escaped_braces_block_parameters_and_lookups_are_fine()
    {
        CheckText("""
            {{!-- a comment with {{braces}} inside --}}
            {{! short comment }}
            \{{not a tag}}
            {{#each brands as |b|}}{{b.brand}} {{@index}} {{lookup ../brands 0}}{{/each}}
            {{#if hasSales}}a{{else if personalNote}}b{{else}}c{{/if}}
            {{~account.name~}}
            """).ShouldBeEmpty();
    }

    [Fact]
    public void A_second_else_in_one_block_is_reported_on_its_line()
    {
        CheckText("{{#if hasSales}}\na\n{{else}}\nb\n{{else}}\nc\n{{/if}}").ShouldHaveSingleItem().Line.ShouldBe(5);
    }
}
