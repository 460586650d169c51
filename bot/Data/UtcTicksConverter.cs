using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartnershipBot.Data;

/// <summary>SQLite stores instants as UTC ticks, so comparisons and ORDER BY work in SQL.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
