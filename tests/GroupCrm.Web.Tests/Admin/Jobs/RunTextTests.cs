using GroupCrm.Jobs.Runs;
using Quartz;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>How a run's summary and error are worded and cut for the history.</summary>
public sealed class RunTextTests
{
    [Fact]
    public void The_error_lists_the_messages_of_the_exception_and_its_causes()
    {
        var thrown = new InvalidOperationException("Drafting failed.", new TimeoutException("The database did not answer."));

        RunText.Error(thrown).ShouldBe("Drafting failed. — The database did not answer.");
    }

    [Fact]
    public void A_job_execution_exception_of_the_jobs_own_says_its_message()
    {
        RunText.Error(new JobExecutionException("\"2026-13\" is not a month.")).ShouldBe("\"2026-13\" is not a month.");
        RunText.Error(new JobExecutionException("Drafting stopped.", new IOException("Disk full."))).ShouldBe("Drafting stopped. — Disk full.");
    }

    [Fact]
    public void A_summary_is_the_jobs_report_or_its_result_as_text_and_nothing_when_it_said_nothing()
    {
        RunText.Summary(JobRunReport.Succeeded("12 letters drafted")).ShouldBe("12 letters drafted");
        RunText.Summary(42).ShouldBe("42");
        RunText.Summary("   ").ShouldBeNull();
        RunText.Summary(null).ShouldBeNull();
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_and_never_through_a_surrogate_pair()
    {
        RunText.Cut(new string('a', 20), 10).ShouldBe("aaaaaaaaa…");
        RunText.Cut("aaaaaaaa😀😀", 10).ShouldBe("aaaaaaaa…");
        RunText.Cut(" short ", 10).ShouldBe("short");
    }
}
