namespace Site.Tests.Preview;

/// <summary>
/// Preview tests build sites and measure reloads: one at a time, so that two builds on the same
/// two cores do not make each other's timing waits flaky.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PreviewTests : ICollectionFixture<ServedSite>
{
    public const string Name = "Preview";
}

/// <summary>One preview, built once, for the tests that only read from it.</summary>
public sealed class ServedSite : IAsyncLifetime
{
    private RunningPreview? _preview;

    internal RunningPreview Preview => _preview ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _preview = await RunningPreview.StartAsync("/kr/");

    public async Task DisposeAsync()
    {
        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }
    }
}
