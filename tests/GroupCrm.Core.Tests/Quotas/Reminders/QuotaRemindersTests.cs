using GroupCrm.Core.Mail;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Quotas.Reminders;

/// <summary>The weekly run: who gets a reminder, once a week however often it runs, and what it says.</summary>
public sealed class QuotaRemindersTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_person_with_open_items_gets_one_reminder_a_week_however_often_the_run_is_repeated()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager, "华联超市");
        await world.StoreAsync(account, "人民路店");

        var first = await world.SendAsync();
        var again = await world.SendAsync();

        first.Month.ShouldBe(ReminderWorld.June);
        again.Queued.ShouldBe(0);
        (await world.RemindersOfAsync(manager.UserId)).Select(m => m.SubjectKey).ShouldBe([$"{manager.UserId}:2026-06-15"]);

        await world.SendAsync(ReminderWorld.Monday.AddDays(7));
        (await world.RemindersOfAsync(manager.UserId)).Select(m => m.SubjectKey)
            .ShouldBe([$"{manager.UserId}:2026-06-15", $"{manager.UserId}:2026-06-22"]);
    }

    [Fact]
    public async Task A_person_whose_rules_are_all_met_gets_nothing()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);
        var manager = world.People.OtherManager;
        await world.SubmitJunePlansAsync(manager.UserId); // no chains: nothing else is owed

        await world.SendAsync();

        (await world.RemindersOfAsync(manager.UserId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Disabled_people_people_without_an_address_and_other_roles_get_nothing()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);
        await world.SetUserAsync(world.People.AwayManager.UserId, u => u.IsDisabled = true);
        await world.SetUserAsync(world.People.AwayMarketManager.UserId, u => u.Email = null);

        await world.SendAsync();

        (await world.RemindersOfAsync(world.People.AwayManager.UserId)).ShouldBeEmpty();
        (await world.RemindersOfAsync(world.People.AwayMarketManager.UserId)).ShouldBeEmpty();
        (await world.RemindersOfAsync(world.People.Administrator.UserId)).ShouldBeEmpty();
        (await world.RemindersOfAsync(world.People.Approver.UserId)).ShouldBeEmpty();
        (await world.RemindersOfAsync(world.People.MarketManager.UserId)).Count.ShouldBe(1); // the same run reached the others
    }

    [Fact]
    public async Task A_reminder_to_an_unusable_address_is_held_with_the_reason_for_a_person_to_correct()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);
        await world.SetUserAsync(world.People.Manager.UserId, u => u.Email = "nobody-at-example");

        await world.SendAsync();

        var held = (await world.RemindersOfAsync(world.People.Manager.UserId)).ShouldHaveSingleItem();
        held.State.ShouldBe(MailState.Held);
        held.LastError!.ShouldContain("nobody-at-example");
    }

    [Fact]
    public async Task A_market_manager_short_of_outings_is_reminded_even_with_no_day_to_list()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);

        await world.SendAsync();

        var mail = (await world.RemindersOfAsync(world.People.MarketManager.UserId)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("拜访指标提醒：2026年6月尚有 1 项指标未完成 / Visit quotas: 1 rule not yet met in June 2026");
        // 15 June: 10 of June's 22 working days are over, and no outing yet.
        mail.TextBody.ShouldContain("■ 门店走访日（每日至少 10 家门店）：要求 4，已完成 0，还差 4（有风险）");
        mail.TextBody.ShouldContain("■ Store-visit outings (at least 10 stores each): required 4, done 0, 4 to go (At risk)");
        mail.TextBody.ShouldNotContain("辖区客户总部拜访"); // no chains in the district: nothing owed
    }

    [Fact]
    public async Task The_reminder_lists_each_rule_not_met_with_its_figures_and_what_is_missing_in_Chinese_then_English()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager, "华联超市");
        var visited = await world.StoreAsync(account, "人民路店");
        await world.StoreAsync(account, "<b>解放路店</b>");
        await world.StoreVisitAsync(manager.UserId, account, visited, new DateOnly(2026, 6, 10));

        await world.SendAsync();

        var mail = (await world.RemindersOfAsync(manager.UserId)).ShouldHaveSingleItem();
        mail.ToAddresses.ShouldBe([$"\"am {world.People.Tag}\" <am.{world.People.Tag}@groupcrm.example>"]);
        mail.Subject.ShouldBe("拜访指标提醒：2026年6月尚有 3 项指标未完成 / Visit quotas: 3 rules not yet met in June 2026");
        var text = mail.TextBody;
        text.IndexOf("您好", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Hello", StringComparison.Ordinal));
        // Plans: the periods of 1 and 15 June have begun without one, so three of three can no longer be reached.
        text.ShouldContain("■ 双周拜访计划提交：要求 3，已完成 0，还差 3（未完成）");
        text.ShouldContain("  · 6月1日起的双周计划未提交");
        text.ShouldContain("  - No submitted plan for the two weeks from 29 Jun");
        text.ShouldContain("■ 门店拜访覆盖：要求 2，已完成 1，还差 1（进度正常）");
        text.ShouldContain("  · <b>解放路店</b>（华联超市）");
        text.ShouldContain("■ Stores visited: required 2, done 1, 1 to go (On track)");
        text.ShouldContain("  - <b>解放路店</b> (华联超市 (EN))");
        text.ShouldNotContain("人民路店");
        text.ShouldContain("■ 客户总部拜访：要求 2，已完成 0，还差 2（有风险）");
        text.ShouldContain("  · 华联超市：有效总部拜访 0 次，需 2 次");
        text.ShouldContain("  - 华联超市 (EN): 0 of 2 HQ visits by appointment");
        text.ShouldNotContain("告知书"); // no approved round this month: the notice rule does not apply
        text.ShouldContain($"http://localhost:5080/Quotas/Person/{manager.UserId}?month=2026-06");

        var html = mail.HtmlBody!;
        html.ShouldContain("<li>&lt;b&gt;解放路店&lt;/b&gt;（华联超市）</li>");
        html.ShouldNotContain("<b>解放路店");
        html.ShouldContain($"<a href=\"http://localhost:5080/Quotas/Person/{manager.UserId}?month=2026-06\">");
    }

    [Fact]
    public async Task A_week_starts_on_a_Monday()
    {
        await using var world = await ReminderWorld.CreateAsync(fixture);

        await Should.ThrowAsync<ArgumentException>(() => world.SendAsync(ReminderWorld.Monday.AddDays(1)));
    }
}
