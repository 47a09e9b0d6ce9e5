using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Mail;

public sealed class RetryScheduleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(8, 60)]
    [InlineData(40, 60)]
    public void The_wait_doubles_after_each_failure_up_to_an_hour(int attempts, int minutes) =>
        RetrySchedule.DelayAfter(attempts).ShouldBe(TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData("buyer@chain.example", true)]
    [InlineData("王采购 <wang@hualian.example>", true)]
    [InlineData("wang.at.hualian", false)]
    [InlineData("am@", false)]
    [InlineData("", false)]
    [InlineData("a@b.example\r\nBcc: x@evil.example", false)]
    public void An_address_is_usable_when_System_Net_Mail_accepts_it(string address, bool valid) =>
        MailAddressCheck.IsValid(address).ShouldBe(valid);
}
