using System.Collections.Concurrent;
using System.Text;

namespace FakeStatus.Tests.Catalog;

/// <summary>
/// A catalog entry keeps what the layers above make from its definition (templates, the delivery fault) in slots of its
/// own: each value made once, the same instance on every read and on every thread, and no two values sharing a slot.
/// </summary>
public sealed class StatusEntryTests
{
    private static StatusEntry NewEntry(int code) => new(StatusCatalog.Default.HttpTable.FindOrUnknown(code).Definition);

    [Test]
    public void Template_ReadTwice_IsTheSameInstanceMadeFromTheDefinition()
    {
        StatusEntry entry = NewEntry(503);

        ResponseTemplate first = entry.Template;

        entry.Template.Should().BeSameAs(first);
        first.StatusCode.Should().Be(503);
    }

    [Test]
    public void Templates_OfOneEntry_EachKeepTheirOwnValue()
    {
        StatusEntry entry = NewEntry(503);

        ResponseTemplate text = entry.TextTemplate;
        ResponseTemplate canonical = entry.Template;

        text.Should().NotBeSameAs(canonical);
        Encoding.UTF8.GetString(text.Body!).Should().Be("503 Service Unavailable");
        entry.TextTemplate.Should().BeSameAs(text);
        entry.Template.Should().BeSameAs(canonical);
    }

    [Test]
    public void DeliveryFault_ReadTwice_IsTheSameInstanceStandingForTheStatus()
    {
        StatusEntry entry = NewEntry(444);

        FakeFault fault = entry.DeliveryFault;

        entry.DeliveryFault.Should().BeSameAs(fault);
        fault.Status.Should().BeSameAs(entry.Definition);
    }

    [Test]
    public void Template_ReadOnManyThreadsAtOnce_IsOneInstance()
    {
        StatusEntry entry = NewEntry(429);
        var seen = new ConcurrentBag<ResponseTemplate>();

        Parallel.For(0, 64, _ => seen.Add(entry.Template));

        seen.Distinct().Should().ContainSingle().Which.Should().BeSameAs(entry.Template);
    }
}
