using FakeStatus;
using FluentAssertions;
using NUnit.Framework;

namespace HarSample;

/// <summary>The cart client tested offline against a browser session saved as HAR (shop-session.har, checked in).</summary>
public sealed class CartClientTests
{
    private static string HarPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "shop-session.har");

    [Test]
    public async Task AddAsync_TwoItemsPostedToOneUrl_EachGetsTheAnswerRecordedForItsBody()
    {
        // begin-snippet: har-replay
        using var handler = new FakeStatusHandler();
        HarArchive session = HarArchive.Load(HarPath);   // shop-session.har: a browser session exported from developer tools
        session.ReplayInto(handler);                      // one route per (method, URL, request body), in recorded order
        var cart = new CartClient(handler.ToHttpClient(new Uri("https://shop.example/")));

        AddResult kettle = await cart.AddAsync("kettle", 1);   // the recorded 409: same URL as the tea, another body
        AddResult tea = await cart.AddAsync("tea", 2);         // the recorded 201
        // end-snippet

        kettle.Should().Be(AddResult.SoldOut);
        tea.Should().Be(AddResult.Added);
    }

    [Test]
    public async Task GetCartAsync_ReadTwice_AnswersTheRecordedCartsInOrder()
    {
        using var handler = new FakeStatusHandler();
        HarArchive.Load(HarPath).ReplayInto(handler);
        var cart = new CartClient(handler.ToHttpClient(new Uri("https://shop.example/")));

        Cart? before = await cart.GetCartAsync();
        Cart? after = await cart.GetCartAsync();

        before.Should().Be(new Cart(1, 4.5m));
        after.Should().Be(new Cart(3, 13.5m));
    }

    [Test]
    public void Load_SessionWithCookies_ReportsWhatReplayLeavesOut()
    {
        HarArchive session = HarArchive.Load(HarPath);
        foreach (string note in session.Notes)
        {
            TestContext.Progress.WriteLine(note);
        }

        session.EntryCount.Should().Be(4);
        session.Notes.Should().Equal("$.log.entries[0]: cookies are not matched or replayed as cookies; only Cookie and Set-Cookie headers are kept.");
    }
}
