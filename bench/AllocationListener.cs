using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace PartnershipBot.Benchmarks;

/// <summary>
/// The profile's fallback when EventPipe cannot attach: GC AllocationTick events through an in-process
/// EventListener, summed per type. No stacks (a listener does not get them), so no allocating frame.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private const int AllocationTickId = 10;
    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickId || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.PayloadNames.IndexOf("TypeName") is >= 0 and var t ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 0;
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(20))
        {
            text.Append(CultureInfo.InvariantCulture, $"{bytes,14:N0} B  {type}\n");
        }

        return text.ToString();
    }
}
