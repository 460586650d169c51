namespace PartnershipBot.Data;

/// <summary>Whether the schema is in place; /readyz and the console wait on it.</summary>
public sealed class DatabaseStatus
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    public Task Ready => ready.Task;

    internal void MarkReady() => ready.TrySetResult();
}
